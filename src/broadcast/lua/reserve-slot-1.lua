-- Reserves the next free slot of a channel's shared pace (GCRA), on Redis' own clock so instances
-- with skewed clocks share one schedule.
-- KEYS[1] the channel's gate hash (next, pauseUntil)
-- ARGV[1] the interval between two slots (ms)
-- Returns how long until the slot (ms, as a string).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local v = redis.call('HMGET', KEYS[1], 'next', 'pauseUntil')
local slot = math.max(now, tonumber(v[1] or '0'), tonumber(v[2] or '0'))
redis.call('HSET', KEYS[1], 'next', tostring(slot + tonumber(ARGV[1])))
return tostring(slot - now)
