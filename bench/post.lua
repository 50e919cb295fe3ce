-- wrk script: POSTs the signed request prepared by bench/run.sh (body and headers from environment variables),
-- optionally paced (BENCH_DELAY_MS per request per connection) to hold a fixed rate.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")
for name, value in string.gmatch(os.getenv("BENCH_HEADERS") or "", "([^:;]+):([^;]+)") do
  wrk.headers[name] = value
end

local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
function delay()
  return pace
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("non-2xx: %d\n", non2xx))
end
