-- A session completed: counted once as done, its "stopped here" count leaves its last step, and
-- its unit joins the index of units ever counted. The previous step's day works as in track-step.
-- KEYS[1] the session's position; KEYS[2] steps of today; KEYS[3] the units index; KEYS[4] stops
-- of the guessed day of the previous step
-- ARGV[1] flow; ARGV[2] today; ARGV[3] unit; ARGV[4] position TTL (s); ARGV[5] the guessed day;
-- ARGV[6] the done marker step
-- Returns 1 when counted, 0 for a repeat, or the previous step's day when the guess was wrong.
local pos = redis.call('GET', KEYS[1])
if pos then
  local day, u, flow, step = string.match(pos, '^([^|]*)|([^|]*)|([^|]*)|(.*)$')
  if step == ARGV[6] then return 0 end
  if day ~= ARGV[5] then return day end
  redis.call('HINCRBY', KEYS[4], u .. '|' .. flow .. '|' .. step, -1)
end
redis.call('SADD', KEYS[3], ARGV[3])
redis.call('HINCRBY', KEYS[2], ARGV[3] .. '|' .. ARGV[1] .. '|' .. ARGV[6], 1)
redis.call('SET', KEYS[1], ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[1] .. '|' .. ARGV[6], 'EX', ARGV[4])
return 1
