#!/usr/bin/env bash
# Start to ready and resident memory of `careerbot serve` (issue 8's speed section).
# Usage: tests/CareerBot.Benchmarks/start-to-ready.sh PUBLISH_DIR [PORT] [RUNS]
#   PUBLISH_DIR: output of the Dockerfile's publish command (holds the `careerbot` apphost).
# Per run it prints: ms from process start to the first /healthz 200 (lexical answers served), ms to the
# first /readyz 200 whose body no longer says the embedding model is loading (model loaded), and VmRSS (kB) from /proc/PID/status once the model
# is loaded and again 2 s later. The process it started is stopped by its PID.
set -euo pipefail
dir=${1:?publish directory}
port=${2:-18088}
runs=${3:-3}
url="http://127.0.0.1:${port}"
now_ms() { date +%s%3N; }
for run in $(seq 1 "$runs"); do
  start=$(now_ms)
  "$dir/careerbot" serve --urls "$url" >/tmp/start-to-ready.$$.log 2>&1 &
  pid=$!
  healthy=""; ready=""
  while [ -z "$ready" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "careerbot exited early; log:"; cat /tmp/start-to-ready.$$.log; exit 1; fi
    if [ -z "$healthy" ] && [ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url/healthz" || true)" = "200" ]; then
      healthy=$(( $(now_ms) - start ))
    fi
    body=$(curl -s -m 1 -w ' %{http_code}' "$url/readyz" || true)
    code=${body##* }
    # The health text says "... the embedding model loads/is loading" until the vectors are ready.
    if [ "$code" = "200" ] && [[ "${body% *}" != *"embedding model"* ]]; then ready=$(( $(now_ms) - start )); fi
    [ -n "$ready" ] || sleep 0.02
    if [ $(( $(now_ms) - start )) -gt 60000 ]; then echo "not ready after 60 s"; kill "$pid"; exit 1; fi
  done
  rss_ready=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  sleep 2
  rss_later=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $run: /healthz 200 after ${healthy} ms, model loaded (/readyz 200, not loading) after ${ready} ms, VmRSS ${rss_ready} kB at ready, ${rss_later} kB 2 s later (load: $(cut -d' ' -f1-3 /proc/loadavg))"
done
rm -f /tmp/start-to-ready.$$.log
