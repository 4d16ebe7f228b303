-- Takes the price of one paid message from a channel's monthly budget, if it fits under the cap.
-- Shared by every instance, so the cap holds however many send at once.
-- KEYS[1] the month's spending counter (milli-Stars)
-- ARGV[1] the price (milli-Stars); ARGV[2] the cap (milli-Stars); ARGV[3] the counter's retention (s)
-- Returns the month's spending after this one, or -1 when it would pass the cap (nothing taken).
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
local price = tonumber(ARGV[1])
if spent + price > tonumber(ARGV[2]) then return -1 end
spent = redis.call('INCRBY', KEYS[1], price)
if spent == price then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
return spent
