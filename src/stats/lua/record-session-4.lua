-- Records a completed guidance session once: an entry in its day's stream (which expires with the
-- retention) and, for the first completion of this guide by this person that day, the day's
-- counters. Every key is in the day's hash slot.
-- KEYS[1] the session's once-marker; KEYS[2] the day's sessions stream; KEYS[3] the day's counters
-- (hash); KEYS[4] the person's guides of the day (set; untouched without a person)
-- ARGV[1] once-marker TTL (s); ARGV[2] the person's set TTL (s); ARGV[3] when the day's stream
-- expires (unix ms); ARGV[4] the guide, or '' without a pseudonym (each session then counts, once
-- by its marker); ARGV[5] how many stream field/value items follow; then the
-- items; then the counter fields
-- Returns 1 when counted, 2 when logged but not counted (same day); for a repeat of a session, 3
-- when it was counted the first time, else 0. (The once-marker keeps whether it counted, so a retry
-- can finish the roll-up the first attempt may not have reached.)
local seen = redis.call('GET', KEYS[1])
if seen then return seen == '0' and 0 or 3 end
local counted = '1'
if ARGV[4] ~= '' then
  counted = tostring(redis.call('SADD', KEYS[4], ARGV[4]))
  redis.call('EXPIRE', KEYS[4], ARGV[2])
end
redis.call('SET', KEYS[1], counted, 'EX', ARGV[1])
local nfields = tonumber(ARGV[5])
local entry = {}
for i = 6, 5 + nfields do entry[#entry + 1] = ARGV[i] end
entry[#entry + 1] = 'counted'
entry[#entry + 1] = counted
redis.call('XADD', KEYS[2], '*', unpack(entry))
redis.call('PEXPIREAT', KEYS[2], ARGV[3])
if counted == '0' then return 2 end
for i = 6 + nfields, #ARGV do redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
return 1
