-- Takes a recipient of a run for one send attempt, if bulk sending is not paused, no slot is owed
-- to a reply, the recipient is not final or claimed by a live worker, and the chat got nothing in
-- the last second.
-- KEYS[1] the channel's gate hash (pauseUntil); KEYS[2] the run's delivery ledger; KEYS[3] the
-- recipient's pace marker; KEYS[4] the run hash (counters); KEYS[5] the slots owed to replies
-- ARGV[1] recipient id; ARGV[2] claim lease (ms); ARGV[3] least gap between two messages to a chat
-- (ms); ARGV[4] the recipient's channel (per-channel counters)
-- Returns {'claimed', attempt, token} | {'paused', ms} | {'chatBusy', ms} | {'busy', ms} |
-- {'unsure', done} (a dead worker's claim expired) | {'done', 0}.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local pu = tonumber(redis.call('HGET', KEYS[1], 'pauseUntil') or '0')
if pu > now then return {'paused', pu - now} end
if tonumber(redis.call('GET', KEYS[5]) or '0') > 0 then
  redis.call('DECR', KEYS[5])
  return {'paused', 0}
end
local s = redis.call('HGET', KEYS[2], ARGV[1])
local attempt = 0
if s then
  local kind = string.sub(s, 1, 1)
  if kind == 'c' then
    local expires = tonumber(string.match(s, ':(%d+)$'))
    if expires > now then return {'busy', expires - now} end
    redis.call('HSET', KEYS[2], ARGV[1], 'unsure')
    redis.call('HINCRBY', KEYS[4], 'unsure', 1)
    redis.call('HINCRBY', KEYS[4], 'unsure@' .. ARGV[4], 1)
    return {'unsure', redis.call('HINCRBY', KEYS[4], 'done', 1)}
  elseif kind == 'r' then
    attempt = tonumber(string.sub(s, 2))
  else
    return {'done', 0}
  end
end
local gap = redis.call('PTTL', KEYS[3])
if gap > 0 then return {'chatBusy', gap} end
redis.call('SET', KEYS[3], '1', 'PX', ARGV[3])
local token = 'c' .. (attempt + 1) .. ':' .. (now + tonumber(ARGV[2]))
redis.call('HSET', KEYS[2], ARGV[1], token)
return {'claimed', attempt + 1, token}
