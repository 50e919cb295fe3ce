#!/usr/bin/env bash
# Answers per second of 1 replica without the shared store, then of 1 and of 3 `serve` replicas on loopback sharing one PostgreSQL (Store__Provider=postgres):
# signed Slack slash commands ("salary senior"), each going through the shared rate limit and conversation store and
# recorded in the shared feedback store (without the shared store: in a SQLite file of the run's own).
# Starts its own throwaway PostgreSQL (.ci/with-postgres) and a fake Slack Web API; needs wrk (apt-get install wrk).
#   bench/replicas.sh [seconds]        # default 10 s per run
# With 3 replicas, one wrk per replica runs at the same time and the rates are added up.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CAREERBOT_TEST_POSTGRES:-}" ]; then exec bash .ci/with-postgres bash "$0" "$@"; fi
seconds=${1:-10}
work=$(mktemp -d)
slack_port=18191
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/CareerBot/CareerBot.csproj -c Release -o "$work/app" -v quiet -nologo >/dev/null
signing_secret=bench-signing-secret-0123456789
python3 bench/fake-slack.py "$slack_port" & pids+=($!)

start_replica() { # port [provider]: Store__Provider=postgres unless another provider is given
  env Store__Provider="${2:-postgres}" Slack__BotToken=xoxb-bench Slack__SigningSecret=$signing_secret Slack__ApiBaseUrl=http://127.0.0.1:$slack_port/api/ \
    Store__Path="$work/careerbot-$1.db" Store__ConnectionString="$CAREERBOT_TEST_POSTGRES" Store__UserKey=bench-user-key-0123456789abcdef0123456789 RateLimit__PerUserPerMinute=100000 \
    Logging__LogLevel__Microsoft.AspNetCore=Warning Metrics__Enabled=false \
    "$work/app/careerbot" serve --urls "http://127.0.0.1:$1" >"$work/bot-$1.log" 2>&1 & pids+=($!)
  for _ in $(seq 1 150); do curl -sf -o /dev/null "http://127.0.0.1:$1/readyz" && return; sleep 0.2; done
  echo "bench: replica on $1 did not become ready" >&2; cat "$work/bot-$1.log" >&2; exit 1
}

ts=$(date +%s)
body="command=%2Fcareer&text=salary%20senior&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2F127.0.0.1%3A$slack_port%2Fhook"
sig="v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$signing_secret" -hex | sed 's/^.* //')"
export BENCH_BODY=$body BENCH_CONTENT_TYPE=application/x-www-form-urlencoded BENCH_HEADERS="X-Slack-Request-Timestamp:$ts;X-Slack-Signature:$sig" BENCH_DELAY_MS=0

load() { # ports...: one wrk per port at once; prints the summed answers/s
  local port
  for port in "$@"; do # answered in the response (a loaded machine may first miss Slack's 2 s budget: try again)
    for try in $(seq 1 10); do
      curl -sf -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" -H 'Content-Type: application/x-www-form-urlencoded' \
        --data "$body" "http://127.0.0.1:$port/slack/commands" | grep -q '160,000' && break
      [ "$try" -lt 10 ] || { echo "bench: replica $port did not answer" >&2; exit 1; }
      sleep 1
    done
  done
  for port in "$@"; do
    wrk -t1 -c16 -d"${seconds}s" --latency -s bench/post.lua "http://127.0.0.1:$port/slack/commands" >"$work/wrk-$port.txt" &
  done
  wait $(jobs -p | tail -n "$#")
  cat "$work"/wrk-*.txt | grep -E 'non-2xx' || true
  awk '/Requests\/sec/ {s += $2} END {printf "%.0f answers/s\n", s}' "$work"/wrk-*.txt
  rm -f "$work"/wrk-*.txt
}

# The same request on one replica without the shared store, for comparison (the same machine load).
start_replica 18189 memory
echo "== 1 replica, no shared store"; load 18189
kill -TERM "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
start_replica 18190
echo "== 1 replica"; load 18190
start_replica 18192; start_replica 18193
echo "== 3 replicas"; load 18190 18192 18193
