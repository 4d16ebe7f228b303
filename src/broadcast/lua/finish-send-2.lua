-- Records the final outcome of a claimed attempt, counted in total and per channel, with what the
-- message cost (paid broadcasts). A late answer for a claim already declared "unsure" still tells
-- the truth: it is recorded instead.
-- KEYS[1] the run's delivery ledger; KEYS[2] the run hash (counters)
-- ARGV[1] recipient id; ARGV[2] the claim token; ARGV[3] the outcome; ARGV[4] the channel;
-- ARGV[5] the message's cost in milli-Stars (0 when unpaid)
-- Returns the run's new done count, or -1 when the claim was no longer ours.
local s = redis.call('HGET', KEYS[1], ARGV[1])
local cost = tonumber(ARGV[5] or '0')
if s == ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
  redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
  redis.call('HINCRBY', KEYS[2], ARGV[3] .. '@' .. ARGV[4], 1)
  if cost > 0 then redis.call('HINCRBY', KEYS[2], 'costMilli', cost) end
  return redis.call('HINCRBY', KEYS[2], 'done', 1)
elseif s == 'unsure' then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
  redis.call('HINCRBY', KEYS[2], 'unsure', -1)
  redis.call('HINCRBY', KEYS[2], 'unsure@' .. ARGV[4], -1)
  redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
  redis.call('HINCRBY', KEYS[2], ARGV[3] .. '@' .. ARGV[4], 1)
  if cost > 0 then redis.call('HINCRBY', KEYS[2], 'costMilli', cost) end
end
return -1
