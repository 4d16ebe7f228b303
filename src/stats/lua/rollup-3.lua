-- Rolls a counted session up into its month and year, once. All keys share the year's hash tag.
-- KEYS[1] the session's roll-up marker; KEYS[2] the month's guided counters; KEYS[3] the year's
-- ARGV[1] marker TTL (s); ARGV[2..] the counter fields
-- Returns 1 when rolled up, 0 when it was already.
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
for i = 2, #ARGV do
  redis.call('HINCRBY', KEYS[2], ARGV[i], 1)
  redis.call('HINCRBY', KEYS[3], ARGV[i], 1)
end
return 1
