-- Writes a chat's state record only if its revision is still the one the caller read, and the
-- answer of the update that produced it (for a redelivery). Stored as "<revision>|<json>", so
-- revisions are compared without parsing the JSON.
-- KEYS[1] the state record; KEYS[2] the last answer
-- ARGV[1] expected revision; ARGV[2] the new record; ARGV[3] its TTL (s); ARGV[4] the last answer
-- ('' for none); ARGV[5] the last answer's TTL (s)
-- Returns 1 when written, else the current record ('' when there is none).
local current = redis.call('GET', KEYS[1])
local revision = current and string.match(current, '^(%d+)|') or '0'
if revision ~= ARGV[1] then return current or '' end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
if ARGV[4] ~= '' then redis.call('SET', KEYS[2], ARGV[4], 'EX', ARGV[5]) end
return 1
