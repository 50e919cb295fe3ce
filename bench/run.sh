#!/usr/bin/env bash
# Load test on loopback with wrk (Debian's package: apt-get install wrk): GET /healthz against signed Slack slash
# commands and signed Discord interactions, each verified with the matching test key and answered by the engine.
#   bench/run.sh [seconds]        # default 10 s per run
# Prints requests/s for each at full load (wrk -t2 -c32) with the bot's own CPU time per request (user + system, from
# /proc/PID/stat: it does not depend on how much of the shared machine wrk and others take), then latency percentiles
# at about 1000 requests/s (12 connections, each waiting 10 ms after every answer). The bot runs the published Release
# build with the shipped logging (request logs at Warning, one line per question) and a per-user limit high enough not
# to refuse the bench's single user. Measuring starts once the embedding model has loaded: before that the bot embeds
# every passage in the background, and that, not the requests, would be measured.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
work=$(mktemp -d)
bot_port=18090 slack_port=18091
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/CareerBot/CareerBot.csproj -c Release -o "$work/app" -v quiet -nologo >/dev/null

# Discord's side: an Ed25519 key pair made for this run; the bot verifies with the public half.
openssl genpkey -algorithm ed25519 -out "$work/discord.pem" 2>/dev/null
public_key=$(openssl pkey -in "$work/discord.pem" -pubout -outform DER | tail -c 32 | od -An -tx1 | tr -d ' \n')
signing_secret=bench-signing-secret-0123456789

python3 bench/fake-slack.py "$slack_port" & pids+=($!)
env Slack__BotToken=xoxb-bench Slack__SigningSecret=$signing_secret Slack__ApiBaseUrl=http://127.0.0.1:$slack_port/api/ \
Discord__PublicKey=$public_key Discord__ApplicationId=100000000000000001 Discord__Gateway=false \
RateLimit__PerUserPerMinute=100000 Logging__LogLevel__Microsoft.AspNetCore=Warning ${BENCH_ENV:-} Metrics__Enabled=true \
  "$work/app/careerbot" serve --urls "http://127.0.0.1:$bot_port" >"$work/bot.log" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$bot_port/readyz" && break
  sleep 0.2
done
curl -sf -o /dev/null "http://127.0.0.1:$bot_port/readyz" || { echo "bench: the bot did not become ready" >&2; cat "$work/bot.log" >&2; exit 1; }
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$bot_port/readyz" | grep -q 'model loads' || break
  sleep 0.2
done
bot_pid=${pids[-1]}

ts=$(date +%s)
slack_body="command=%2Fcareer&text=salary%20senior&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2F127.0.0.1%3A$slack_port%2Fhook"
slack_sig="v0=$(printf 'v0:%s:%s' "$ts" "$slack_body" | openssl dgst -sha256 -hmac "$signing_secret" -hex | sed 's/^.* //')"
discord_body='{"id":"700000000000000007","application_id":"100000000000000001","type":2,"data":{"id":"1","name":"career","type":1,"options":[{"name":"salary","type":1,"options":[{"name":"level","type":3,"value":"senior"}]}]},"guild_id":"300000000000000003","channel_id":"600000000000000006","member":{"user":{"id":"400000000000000004","username":"sam"}},"token":"bench-token","version":1}'
printf '%s%s' "$ts" "$discord_body" > "$work/discord.msg"
discord_sig=$(openssl pkeyutl -sign -inkey "$work/discord.pem" -rawin -in "$work/discord.msg" | od -An -tx1 | tr -d ' \n')

# One of each must be answered before measuring.
curl -sf -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $slack_sig" -H 'Content-Type: application/x-www-form-urlencoded' \
  --data "$slack_body" "http://127.0.0.1:$bot_port/slack/commands" | grep -q '160,000' || { echo "bench: the Slack command was not answered" >&2; exit 1; }
curl -sf -H "X-Signature-Timestamp: $ts" -H "X-Signature-Ed25519: $discord_sig" -H 'Content-Type: application/json' \
  --data "$discord_body" "http://127.0.0.1:$bot_port/discord/interactions" | grep -q '160,000' || { echo "bench: the Discord interaction was not answered" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$bot_pid/stat"; }
run() { # name, delay ms, wrk args...
  local name=$1 pace=$2 before after out; shift 2
  echo "== $name"
  before=$(cpu_ticks)
  out=$(BENCH_DELAY_MS=$pace wrk "$@")
  after=$(cpu_ticks)
  echo "$out" | grep -E 'Requests/sec|Latency|50%|90%|99%|non-2xx|Socket errors'
  echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /requests in/ { n = $1 } END { if (n > 0) printf "bot CPU per request: %.0f us (%d requests)\n", ticks / hz / n * 1e6, n }'
}
slack() { BENCH_BODY=$slack_body BENCH_CONTENT_TYPE=application/x-www-form-urlencoded \
  BENCH_HEADERS="X-Slack-Request-Timestamp:$ts;X-Slack-Signature:$slack_sig" run "$@" -s bench/post.lua "http://127.0.0.1:$bot_port/slack/commands"; }
discord() { BENCH_BODY=$discord_body BENCH_CONTENT_TYPE=application/json \
  BENCH_HEADERS="X-Signature-Timestamp:$ts;X-Signature-Ed25519:$discord_sig" run "$@" -s bench/post.lua "http://127.0.0.1:$bot_port/discord/interactions"; }

export BENCH_BODY BENCH_CONTENT_TYPE BENCH_HEADERS
# Warm-up, not reported: the first seconds of each path are spent compiling it (tiered JIT), not answering.
{ run warm-up 0 -t2 -c8 -d3s -s bench/get.lua "http://127.0.0.1:$bot_port/healthz"
  slack warm-up 0 -t2 -c8 -d3s; discord warm-up 0 -t2 -c8 -d3s; } >/dev/null
run "healthz, full load" 0 -t2 -c32 -d"${seconds}s" --latency -s bench/get.lua "http://127.0.0.1:$bot_port/healthz"
slack "slack command, full load" 0 -t2 -c32 -d"${seconds}s" --latency
discord "discord interaction, full load" 0 -t2 -c32 -d"${seconds}s" --latency
run "healthz, ~1000 req/s" 10 -t2 -c12 -d"${seconds}s" --latency -s bench/get.lua "http://127.0.0.1:$bot_port/healthz"
slack "slack command, ~1000 req/s" 10 -t2 -c12 -d"${seconds}s" --latency
discord "discord interaction, ~1000 req/s" 10 -t2 -c12 -d"${seconds}s" --latency
curl -s "http://127.0.0.1:$bot_port/metrics" | grep -E '^careerbot_questions_total' || true
