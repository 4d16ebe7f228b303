-- Grants a role and notes it in the audit log. Official communes are merged, so granting a second
-- commune widens the scope; "*" absorbs all.
-- KEYS[1] the person's roles hash; KEYS[2] the set of role holders; KEYS[3] the audit stream
-- ARGV[1] user id; ARGV[2] role; ARGV[3] commune code or "*" (officials); ARGV[4] granted by;
-- ARGV[5] how (invite:<code>, command); ARGV[6] at (ms); ARGV[7] display name ('' for none)
-- Returns the role's value after the grant (an official's communes).
local value = '1'
if ARGV[2] == 'official' then
  local unit = ARGV[3]
  local cur = redis.call('HGET', KEYS[1], 'official')
  if unit == '*' or cur == '*' then
    value = '*'
  elseif cur and cur ~= '' then
    value = cur
    local found = false
    for u in string.gmatch(cur, '[^,]+') do if u == unit then found = true end end
    if not found then value = cur .. ',' .. unit end
  else
    value = unit
  end
end
redis.call('HSET', KEYS[1], ARGV[2], value)
if ARGV[7] ~= '' then redis.call('HSET', KEYS[1], '_name', ARGV[7]) end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('XADD', KEYS[3], '*', 'action', 'grant', 'user', ARGV[1], 'role', ARGV[2], 'unit', ARGV[3], 'by', ARGV[4], 'via', ARGV[5], 'at', ARGV[6])
return value
