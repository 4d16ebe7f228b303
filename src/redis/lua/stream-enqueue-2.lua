-- Keeps a webhook event for the inbox worker, once: a redelivered event (same id) is not added again.
-- KEYS[1] the event's seen marker; KEYS[2] the ingress stream
-- ARGV[1] seen-marker TTL (s); ARGV[2] approximate most entries in the stream; ARGV[3] the event (raw JSON)
-- Returns 1 when added, 0 for a redelivery.
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', 'e', ARGV[3])
return 1
