-- Counts one web chat request and says whether it may go on.
-- KEYS[1] the client's minute counter; KEYS[2] the chat's minute counter; KEYS[3] the client's
-- chats this hour (set)
-- ARGV[1] chat id; ARGV[2] per-client limit; ARGV[3] per-chat limit; ARGV[4] new-chats limit
-- Returns 0 ok, 1 client over its limit, 2 chat over its limit, 3 too many new chats.
local client = redis.call('INCR', KEYS[1])
if client == 1 then redis.call('EXPIRE', KEYS[1], 60) end
if client > tonumber(ARGV[2]) then return 1 end
if redis.call('SISMEMBER', KEYS[3], ARGV[1]) == 0 then
  if redis.call('SCARD', KEYS[3]) >= tonumber(ARGV[4]) then return 3 end
  redis.call('SADD', KEYS[3], ARGV[1])
  redis.call('EXPIRE', KEYS[3], 3600, 'NX')
end
local chat = redis.call('INCR', KEYS[2])
if chat == 1 then redis.call('EXPIRE', KEYS[2], 60) end
if chat > tonumber(ARGV[3]) then return 2 end
return 0
