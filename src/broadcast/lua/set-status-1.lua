-- Moves a run to a new status only from one of the given ones (compare-and-set).
-- KEYS[1] the run hash
-- ARGV[1] the new status; ARGV[2..] the statuses it may come from
-- Returns 1 when it moved, 0 otherwise.
local s = redis.call('HGET', KEYS[1], 'status')
for i = 2, #ARGV do
  if s == ARGV[i] then
    redis.call('HSET', KEYS[1], 'status', ARGV[1])
    return 1
  end
end
return 0
