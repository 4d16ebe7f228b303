-- A reply to a citizen went out: bulk sending owes it one slot. A flood of citizens holds bulk
-- sending back by at most a second's worth of slots; unpaid debt expires after a second.
-- KEYS[1] the debt counter
-- ARGV[1] the most slots owed at once
-- Returns the debt.
local debt = redis.call('INCR', KEYS[1])
if debt > tonumber(ARGV[1]) then redis.call('DECR', KEYS[1]) end
redis.call('PEXPIRE', KEYS[1], 1000)
return debt
