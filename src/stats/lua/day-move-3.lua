-- One side of a session's move, applied to one day's counters once: arriving at a step (+1 to the
-- step's arrivals when asked, +1 to where sessions stop) or leaving one (-1 from where sessions
-- stop). The session's moves of the day are fields of one short-lived hash, so a retried event
-- changes nothing. All keys are in the day's hash slot.
-- KEYS[1] the session's moves of the day (hash); KEYS[2] the day's step arrivals (hash); KEYS[3]
-- the day's stops (hash)
-- ARGV[1] field "<unit>|<flow>|<step>"; ARGV[2] +1 arriving, -1 leaving; ARGV[3] 1 to count an
-- arrival; ARGV[4] the moves hash's TTL (s); ARGV[5] this move ("<n>:in" or "<n>:out");
-- ARGV[6] when the day's step counters expire (unix ms)
-- Returns 1 when applied, 0 when this move was already applied.
if redis.call('HSETNX', KEYS[1], ARGV[5], '1') == 0 then return 0 end
redis.call('EXPIRE', KEYS[1], ARGV[4])
if ARGV[3] == '1' then
  redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
  redis.call('PEXPIREAT', KEYS[2], ARGV[6])
end
if ARGV[2] ~= '0' then
  redis.call('HINCRBY', KEYS[3], ARGV[1], tonumber(ARGV[2]))
  redis.call('PEXPIREAT', KEYS[3], ARGV[6])
end
return 1
