-- Ends an update's turn: leaves the waiting set and frees the lease if it still holds it.
-- KEYS[1] the chat's waiting updates; KEYS[2] the chat's running lease
-- ARGV[1] this update's member; ARGV[2] lease token
-- Returns 1 when the lease was freed, 0 when it had expired or was another's.
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('GET', KEYS[2]) == ARGV[2] then return redis.call('DEL', KEYS[2]) end
return 0
