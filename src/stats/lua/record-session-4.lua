-- Records a completed guidance session once: an entry in the stream (trimmed after the retention)
-- and, for the first completion of this guide by this person today, the day's counters.
-- KEYS[1] the session's once-marker; KEYS[2] the sessions stream; KEYS[3] the day's counters
-- (hash); KEYS[4] the person's last day per guide (hash: guide -> day; one key per person, so
-- deleting a person's data is one DEL)
-- ARGV[1] once-marker TTL (s); ARGV[2] the person's key TTL (s); ARGV[3] stream retention (s);
-- ARGV[4] the guide; ARGV[5] the day; ARGV[6] how many stream field/value items follow; then the
-- items; then the counter fields
-- Returns 0 for a repeat of a session, 1 when counted, 2 when logged but not counted (same day).
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
local counted = '0'
if redis.call('HGET', KEYS[4], ARGV[4]) ~= ARGV[5] then
  redis.call('HSET', KEYS[4], ARGV[4], ARGV[5])
  counted = '1'
end
redis.call('EXPIRE', KEYS[4], ARGV[2])
local nfields = tonumber(ARGV[6])
local entry = {}
for i = 7, 6 + nfields do entry[#entry + 1] = ARGV[i] end
entry[#entry + 1] = 'counted'
entry[#entry + 1] = counted
local t = redis.call('TIME')
local minid = (tonumber(t[1]) - tonumber(ARGV[3])) * 1000
redis.call('XADD', KEYS[2], 'MINID', minid, '*', unpack(entry))
if counted == '0' then return 2 end
for i = 7 + nfields, #ARGV do redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
return 1
