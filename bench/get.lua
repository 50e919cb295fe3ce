-- wrk script for GET /healthz, optionally paced like post.lua.
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
function delay()
  return pace
end
