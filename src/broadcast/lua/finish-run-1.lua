-- Marks a running run done once every recipient has an outcome; only one caller succeeds.
-- KEYS[1] the run hash
-- ARGV[1] finished at (ms)
-- Returns 1 for the caller that finished it, else 0.
local v = redis.call('HMGET', KEYS[1], 'status', 'done', 'total')
if v[1] ~= 'running' or tonumber(v[2] or '0') < tonumber(v[3] or '0') then return 0 end
redis.call('HSET', KEYS[1], 'status', 'done', 'finishedAt', ARGV[1])
return 1
