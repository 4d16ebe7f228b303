-- A chat's update may run when it is the first waiting (lowest order) and no update of the chat is
-- running on any instance. Waiters whose deadline passed (their instance died) are dropped first.
-- Both keys share the chat's hash tag.
-- KEYS[1] the chat's waiting updates (sorted set by order; members "<order>|<deadline ms>|<nonce>");
-- KEYS[2] the chat's running lease
-- ARGV[1] this update's member; ARGV[2] lease token; ARGV[3] lease (ms); ARGV[4] now (ms)
-- Returns 1 when the turn is taken, 0 to wait.
local now = tonumber(ARGV[4])
while true do
  local head = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
  if not head or head == ARGV[1] then break end
  local deadline = tonumber(string.match(head, '^[^|]*|(%d+)|'))
  if deadline and deadline < now then redis.call('ZREM', KEYS[1], head) else break end
end
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
if redis.call('ZRANGE', KEYS[1], 0, 0)[1] ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1
