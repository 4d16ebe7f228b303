-- Records a completed guidance session once: an entry in the stream (trimmed after the retention)
-- and, for the first completion of this guide by this person today, the day's counters.
-- KEYS[1] the session's once-marker; KEYS[2] the sessions stream; KEYS[3] the day's counters
-- (hash); KEYS[4] the person-guide-day marker
-- ARGV[1] once-marker TTL (s); ARGV[2] person-guide-day marker TTL (s); ARGV[3] stream retention
-- (s); ARGV[4] how many stream field/value items follow; then the items; then the counter fields
-- Returns 0 for a repeat of a session, 1 when counted, 2 when logged but not counted (same day).
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
local counted = redis.call('SET', KEYS[4], '1', 'NX', 'EX', ARGV[2]) and '1' or '0'
local nfields = tonumber(ARGV[4])
local entry = {}
for i = 5, 4 + nfields do entry[#entry + 1] = ARGV[i] end
entry[#entry + 1] = 'counted'
entry[#entry + 1] = counted
local t = redis.call('TIME')
local minid = (tonumber(t[1]) - tonumber(ARGV[3])) * 1000
redis.call('XADD', KEYS[2], 'MINID', minid, '*', unpack(entry))
if counted == '0' then return 2 end
for i = 5 + nfields, #ARGV do redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
return 1
