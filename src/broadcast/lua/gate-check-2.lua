-- Before a bulk message: is the channel paused (a 429), or does bulk owe a slot to a reply? An owed
-- slot is paid here by giving this one up. Both keys share the channel's hash tag.
-- KEYS[1] the channel's gate hash (pauseUntil); KEYS[2] the slots owed to replies
-- Returns the pause left in ms, -1 when this slot paid a debt, 0 to go on.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local pu = tonumber(redis.call('HGET', KEYS[1], 'pauseUntil') or '0')
if pu > now then return pu - now end
if tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then
  redis.call('DECR', KEYS[2])
  return -1
end
return 0
