-- Pauses a channel's bulk sending on every instance (the channel answered 429).
-- KEYS[1] the channel's gate hash
-- ARGV[1] the pause (ms)
-- Returns the pause left (ms), which may be longer when one was already running.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local current = tonumber(redis.call('HGET', KEYS[1], 'pauseUntil') or '0')
if untilMs > current then redis.call('HSET', KEYS[1], 'pauseUntil', untilMs) end
return math.max(untilMs, current) - now
