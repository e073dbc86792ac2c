-- Every request from a different phone (a different user agent), so every redirect is a counted click, the worst
-- case for the click writer. With PACE_RPS set, each connection waits between requests so that all of them together
-- offer about that many requests per second (wrk has no fixed-rate mode), for latency at a given load.
local counter = 0
local run = os.getenv("RUN") or ""
local pace = tonumber(os.getenv("PACE_RPS") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function request()
  counter = counter + 1
  return wrk.format("GET", nil, {
    ["User-Agent"] = "Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36 bench/" .. run .. "-" .. id .. "-" .. counter,
  })
end

function delay()
  if pace > 0 then
    return connections * 1000 / pace
  end
  return 0
end
