-- Withdraws a subscriber's consent, once: of several callers (a 403 and a my_chat_member update
-- reporting the same block, on two instances), one gets 1.
-- KEYS[1] the subscriber's hash
-- ARGV[1] withdrawn at (ms); ARGV[2] source; ARGV[3] how long the withdrawal is kept (s)
-- Returns the commune the subscriber was in ('' when none), or false when not subscribed.
if redis.call('HGET', KEYS[1], 'on') ~= '1' then return false end
redis.call('HSET', KEYS[1], 'on', '0', 'withdrawnAt', ARGV[1], 'source', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return redis.call('HGET', KEYS[1], 'unit') or ''
