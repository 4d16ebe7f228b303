-- Creates a run (its id was taken from the sequence before), unless its guard is already set.
-- KEYS[1] the run hash; KEYS[2] the runs index (sorted set); KEYS[3] the authenticity code;
-- KEYS[4] the guard marker (any key when unguarded)
-- ARGV[1] run id; ARGV[2] guard TTL in seconds (0: no guard); ARGV[3] created at (ms);
-- ARGV[4..] the run's field/value pairs
-- Returns 1, or 0 when the guard was set (another instance started this run).
if tonumber(ARGV[2]) > 0 then
  if redis.call('SET', KEYS[4], '1', 'NX', 'EX', ARGV[2]) == false then return 0 end
end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('SET', KEYS[3], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return 1
