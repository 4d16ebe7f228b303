-- Records an outcome known without sending (out of the channel's window), only for a recipient not
-- yet tried or waiting for a retry.
-- KEYS[1] the run's delivery ledger; KEYS[2] the run hash (counters)
-- ARGV[1] recipient id; ARGV[2] the outcome; ARGV[3] the channel
-- Returns the run's new done count, or -1 when the recipient was claimed or final already.
local s = redis.call('HGET', KEYS[1], ARGV[1])
if s and string.sub(s, 1, 1) ~= 'r' then return -1 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
redis.call('HINCRBY', KEYS[2], ARGV[2] .. '@' .. ARGV[3], 1)
return redis.call('HINCRBY', KEYS[2], 'done', 1)
