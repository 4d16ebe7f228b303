-- Revokes roles and notes each in the audit log; a person left with no role is forgotten.
-- KEYS[1] the person's roles hash; KEYS[2] the set of role holders; KEYS[3] the audit stream
-- ARGV[1] user id; ARGV[2] revoked by; ARGV[3] how; ARGV[4] at (ms); ARGV[5..] the roles
-- Returns the roles removed.
local removed = {}
for i = 5, #ARGV do
  local role = ARGV[i]
  local unit = redis.call('HGET', KEYS[1], role)
  if unit and redis.call('HDEL', KEYS[1], role) == 1 then
    removed[#removed + 1] = role
    if role ~= 'official' then unit = '' end
    redis.call('XADD', KEYS[3], '*', 'action', 'revoke', 'user', ARGV[1], 'role', role, 'unit', unit, 'by', ARGV[2], 'via', ARGV[3], 'at', ARGV[4])
  end
end
if redis.call('HEXISTS', KEYS[1], 'admin') + redis.call('HEXISTS', KEYS[1], 'official') + redis.call('HEXISTS', KEYS[1], 'taskforce') == 0 then
  redis.call('DEL', KEYS[1])
  redis.call('SREM', KEYS[2], ARGV[1])
end
return removed
