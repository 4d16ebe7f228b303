-- Reads one day's counters, only the non-zero ones, so a report over a year of a large catalogue
-- gets small replies (one call per day, all sent together).
-- KEYS[1] the day's guided counters (hash); KEYS[2] its imported counters (hash), same slot
-- ARGV the fields to read ("<unit>|<kind>")
-- Returns, per day: the count of non-zero values, then (index, value) pairs, where index is
-- source * #ARGV + field index (0-based; source 0 guided, 1 imported).
local nf = #ARGV
local out = {}
local CHUNK = 1000
for d = 1, #KEYS / 2 do
  local head = #out + 1
  out[head] = 0
  local count = 0
  for s = 0, 1 do
    -- unpack has a stack limit, so very large catalogues are read in chunks of fields
    for c = 1, nf, CHUNK do
      local last = math.min(c + CHUNK - 1, nf)
      local values = redis.call('HMGET', KEYS[2 * d - 1 + s], unpack(ARGV, c, last))
      for j = c, last do
        local v = values[j - c + 1]
        if v and v ~= '0' then
          out[#out + 1] = s * nf + j - 1
          out[#out + 1] = tonumber(v)
          count = count + 1
        end
      end
    end
  end
  out[head] = count
end
return out
