-- Marks a running run done once every recipient has an outcome; only one caller succeeds. In the
-- same step the retention clock starts, so a run is never "done" without its expiry (a process
-- dying in between would otherwise keep who it went to for ever). The run's authenticity code
-- expires by itself (set when the run was created). All keys share the run's hash tag.
-- KEYS[1] the run hash; KEYS[2] its recipients list; KEYS[3] its delivery ledger; KEYS[4] its
-- progress throttle
-- ARGV[1] finished at (ms); ARGV[2] recipients' retention (s); ARGV[3] the run record's retention (s)
-- Returns 1 for the caller that finished it, else 0.
local v = redis.call('HMGET', KEYS[1], 'status', 'done', 'total')
if v[1] ~= 'running' or tonumber(v[2] or '0') < tonumber(v[3] or '0') then return 0 end
redis.call('HSET', KEYS[1], 'status', 'done', 'finishedAt', ARGV[1])
for i = 2, 4 do redis.call('EXPIRE', KEYS[i], ARGV[2]) end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
