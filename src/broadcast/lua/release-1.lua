-- Gives a claim back after a failure worth retrying.
-- KEYS[1] the run's delivery ledger
-- ARGV[1] recipient id; ARGV[2] the claim token; ARGV[3] attempts counted so far
-- Returns 1 when the claim was ours, else 0.
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], 'r' .. ARGV[3])
  return 1
end
return 0
