-- A session reached a step: counted on its first arrival, and the session's "stopped here" count
-- moves from its previous step to this one. Which day the previous step was reached is in the
-- position; the caller guesses it (today) and is told the right day when the guess was wrong.
-- KEYS[1] the session's position; KEYS[2] steps of today; KEYS[3] stops of today; KEYS[4] stops of
-- the guessed day of the previous step
-- ARGV[1] flow; ARGV[2] step; ARGV[3] today; ARGV[4] unit; ARGV[5] position TTL (s); ARGV[6] the
-- guessed day; ARGV[7] the done marker step
-- Returns 1 when counted, 0 for a repeat, or the previous step's day when the guess was wrong.
local pos = redis.call('GET', KEYS[1])
local unit = ARGV[4]
if pos then
  local day, u, flow, step = string.match(pos, '^([^|]*)|([^|]*)|([^|]*)|(.*)$')
  if step == ARGV[7] or (flow == ARGV[1] and step == ARGV[2]) then return 0 end
  if day ~= ARGV[6] then return day end
  redis.call('HINCRBY', KEYS[4], u .. '|' .. flow .. '|' .. step, -1)
end
local field = unit .. '|' .. ARGV[1] .. '|' .. ARGV[2]
redis.call('HINCRBY', KEYS[2], field, 1)
redis.call('HINCRBY', KEYS[3], field, 1)
redis.call('SET', KEYS[1], ARGV[3] .. '|' .. unit .. '|' .. ARGV[1] .. '|' .. ARGV[2], 'EX', ARGV[5])
return 1
