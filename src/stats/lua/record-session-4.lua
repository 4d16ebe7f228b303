-- Records a completed guidance session once: an entry in its day's stream (which expires with the
-- retention) and, for the first completion of this guide by this person that day, the day's
-- counters. Every key is in the day's hash slot.
-- KEYS[1] the day's once-markers (hash: session → counted); KEYS[2] the day's sessions stream;
-- KEYS[3] the day's counters (hash); KEYS[4] the guides each person completed that day (hash:
-- pseudonym → "flow,flow"; untouched without a pseudonym)
-- ARGV[1] the session id; ARGV[2] when the once-markers expire (unix ms); ARGV[3] when the
-- guides-seen hash expires (unix ms); ARGV[4] when the day's stream expires (unix ms); ARGV[5] the
-- pseudonym, or '' (each session then counts, once by its marker); ARGV[6] the guide; ARGV[7] how
-- many stream field/value items follow; then the items; then the counter fields
-- Returns 1 when counted, 2 when logged but not counted (same day); for a repeat of a session, 3
-- when it was counted the first time, else 0. (The once-marker keeps whether it counted, so a retry
-- can finish the roll-up the first attempt may not have reached.)
local seen = redis.call('HGET', KEYS[1], ARGV[1])
if seen then return seen == '0' and 0 or 3 end
local counted = '1'
if ARGV[5] ~= '' then
  local guides = redis.call('HGET', KEYS[4], ARGV[5])
  if guides and string.find(',' .. guides .. ',', ',' .. ARGV[6] .. ',', 1, true) then
    counted = '0'
  else
    redis.call('HSET', KEYS[4], ARGV[5], guides and (guides .. ',' .. ARGV[6]) or ARGV[6])
    redis.call('PEXPIREAT', KEYS[4], ARGV[3])
  end
end
redis.call('HSET', KEYS[1], ARGV[1], counted)
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
local nfields = tonumber(ARGV[7])
local entry = {}
for i = 8, 7 + nfields do entry[#entry + 1] = ARGV[i] end
entry[#entry + 1] = 'counted'
entry[#entry + 1] = counted
redis.call('XADD', KEYS[2], '*', unpack(entry))
redis.call('PEXPIREAT', KEYS[2], ARGV[4])
if counted == '0' then return 2 end
for i = 8 + nfields, #ARGV do redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
return 1
