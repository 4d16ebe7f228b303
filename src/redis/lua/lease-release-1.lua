-- Gives a lease up, if this holder still has it (an expired one may be another's by now).
-- KEYS[1] the lease
-- ARGV[1] the holder's token
-- Returns 1 when released, 0 otherwise.
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
