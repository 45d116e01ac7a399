-- wrk script: POSTs the JSON records of $BODY_FILE (one per line) in turn, so the service scores varied rows as
-- in production; with $DELAY_MS each connection pauses that long between requests, which paces the load (wrk
-- itself has no rate option).
local requests = {}
local next_request = 0
local pause = tonumber(os.getenv("DELAY_MS") or "0")

function init(args)
  for line in io.lines(os.getenv("BODY_FILE")) do
    requests[#requests + 1] = wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, line)
  end
  -- Threads start at different rows so they do not send the same sequence.
  next_request = math.random(#requests)
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function delay()
  return pause
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
