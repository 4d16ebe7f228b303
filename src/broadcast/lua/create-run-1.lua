-- Writes a new run's record unless it exists (an adopted run may be written twice: same fields).
-- KEYS[1] the run hash
-- ARGV the run's field/value pairs
-- Returns 1 when written, 0 when it existed.
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV))
return 1
