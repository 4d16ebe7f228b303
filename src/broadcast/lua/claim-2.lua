-- Takes a recipient of a run for one send attempt, if the recipient is not final or claimed by a
-- live worker. (The channel's pause, the slots owed to replies and the chat's pace are checked
-- just before, in their own slots: see gate-check-2.lua and delivery-ledger.ts.) Both keys share
-- the run's hash tag.
-- KEYS[1] the run's delivery ledger; KEYS[2] the run hash (counters)
-- ARGV[1] recipient id; ARGV[2] claim lease (ms); ARGV[3] the recipient's channel (per-channel
-- counters)
-- Returns {'claimed', attempt, token} | {'busy', ms} | {'unsure', done} (a dead worker's claim
-- expired) | {'done', 0}.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local s = redis.call('HGET', KEYS[1], ARGV[1])
local attempt = 0
if s then
  local kind = string.sub(s, 1, 1)
  if kind == 'c' then
    local expires = tonumber(string.match(s, ':(%d+)$'))
    if expires > now then return {'busy', expires - now} end
    redis.call('HSET', KEYS[1], ARGV[1], 'unsure')
    redis.call('HINCRBY', KEYS[2], 'unsure', 1)
    redis.call('HINCRBY', KEYS[2], 'unsure@' .. ARGV[3], 1)
    return {'unsure', redis.call('HINCRBY', KEYS[2], 'done', 1)}
  elseif kind == 'r' then
    attempt = tonumber(string.sub(s, 2))
  else
    return {'done', 0}
  end
end
local token = 'c' .. (attempt + 1) .. ':' .. (now + tonumber(ARGV[2]))
redis.call('HSET', KEYS[1], ARGV[1], token)
return {'claimed', attempt + 1, token}
