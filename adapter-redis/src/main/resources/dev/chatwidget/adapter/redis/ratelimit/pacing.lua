-- One location's shared schedule (GCRA). KEYS[1] holds the theoretical arrival time (TAT) of the next permit, in
-- microseconds of Redis time, so that every instance reads one clock whatever its own says.
-- ARGV[1] = 'take' or 'report'; ARGV[2] = emission interval (us); ARGV[3] = tolerance (us);
-- ARGV[4] = for 'take', the longest the caller can wait (us); for 'report', the permits the service says remain.
-- Returns {granted (1 or 0), wait (us)}: 'take' reserves a permit due after the wait, or refuses (reserving nothing)
-- when the wait is longer than the caller can wait; 'report' delays the schedule so that no more permits are free
-- at once than remain, and returns {1, 0}.
redis.replicate_commands()
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local interval = tonumber(ARGV[2])
local tolerance = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then
  tat = now
end
local wait = 0
if ARGV[1] == 'take' then
  wait = tat - tolerance - now
  if wait < 0 then
    wait = 0
  end
  if wait > tonumber(ARGV[4]) then
    return {0, wait}
  end
  tat = tat + interval
else
  local earliest = now + tolerance - (tonumber(ARGV[4]) - 1) * interval
  if earliest <= tat then
    return {1, 0}
  end
  tat = earliest
end
-- The key matters only while the TAT is ahead of now; %.0f keeps all digits (tostring would round them).
redis.call('SET', KEYS[1], string.format('%.0f', tat), 'PX', math.floor((tat - now) / 1000) + 1)
return {1, wait}
