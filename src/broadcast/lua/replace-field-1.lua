-- Replaces a hash field's value only if it still holds the value the caller read, so a change
-- computed from a record never brings back one removed in between.
-- KEYS[1] the hash
-- ARGV[1] the field; ARGV[2] the value read; ARGV[3] the new value
-- Returns 1 when replaced, 0 when the field changed or is gone.
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
