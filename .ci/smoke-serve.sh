#!/usr/bin/env bash
# Smoke test of the published binary, as the container runs it (no Docker engine on our machines): the Dockerfile's
# own publish command, then `serve` with Slack's HTTP endpoints (against a loopback stand-in for its Web API) and
# Discord's interactions endpoint (a key made for this run): /readyz 200, one signed Slack command and one signed
# Discord interaction answered, /metrics counting them, the Dockerfile's HEALTHCHECK passing, SIGTERM exit 0.
# Prints "smoke: ok" or "smoke: FAILED: <why>" and exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
bot_port=18190 slack_port=18191
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "smoke: FAILED: $*"; [ -f "$work/bot.log" ] && tail -n 20 "$work/bot.log"; exit 1; }

publish=$(grep -E '^RUN dotnet publish ' Dockerfile | sed -E 's/^RUN //; s/ -o [^ ]+$//')
[ -n "$publish" ] || fail "no 'RUN dotnet publish' line in the Dockerfile"
$publish -o "$work/app" -v quiet -nologo >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; fail "publish"; }

openssl genpkey -algorithm ed25519 -out "$work/discord.pem" 2>/dev/null || fail "openssl cannot make an Ed25519 key"
public_key=$(openssl pkey -in "$work/discord.pem" -pubout -outform DER | tail -c 32 | od -An -tx1 | tr -d ' \n')
secret=smoke-signing-secret-0123456789

python3 bench/fake-slack.py "$slack_port" & pids+=($!)
(cd "$work/app" && exec env Slack__BotToken=xoxb-smoke Slack__SigningSecret=$secret Slack__ApiBaseUrl=http://127.0.0.1:$slack_port/api/ \
  Discord__PublicKey="$public_key" Discord__ApplicationId=100000000000000001 Discord__Gateway=false \
  ./CareerBot serve --urls "http://127.0.0.1:$bot_port") >"$work/bot.log" 2>&1 &
bot=$!
for _ in $(seq 1 150); do
  curl -sf -o /dev/null "http://127.0.0.1:$bot_port/readyz" && break
  kill -0 "$bot" 2>/dev/null || fail "serve exited during start-up"
  sleep 0.2
done
curl -sf -o /dev/null "http://127.0.0.1:$bot_port/readyz" || fail "/readyz never answered 200"

ts=$(date +%s)
body="command=%2Fcareer&text=salary%20senior&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2F127.0.0.1%3A$slack_port%2Fhook"
sig="v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$secret" -hex | sed 's/^.* //')"
curl -sf -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" -H 'Content-Type: application/x-www-form-urlencoded' \
  --data "$body" "http://127.0.0.1:$bot_port/slack/commands" | grep -q '160,000' || fail "the signed Slack command was not answered"

interaction='{"id":"700000000000000007","application_id":"100000000000000001","type":2,"data":{"id":"1","name":"career","type":1,"options":[{"name":"salary","type":1,"options":[{"name":"level","type":3,"value":"senior"}]}]},"guild_id":"300000000000000003","channel_id":"600000000000000006","member":{"user":{"id":"400000000000000004","username":"sam"}},"token":"smoke-token","version":1}'
printf '%s%s' "$ts" "$interaction" >"$work/discord.msg"
dsig=$(openssl pkeyutl -sign -inkey "$work/discord.pem" -rawin -in "$work/discord.msg" | od -An -tx1 | tr -d ' \n')
curl -sf -H "X-Signature-Timestamp: $ts" -H "X-Signature-Ed25519: $dsig" -H 'Content-Type: application/json' \
  --data "$interaction" "http://127.0.0.1:$bot_port/discord/interactions" | grep -q '160,000' || fail "the signed Discord interaction was not answered"

metrics=$(curl -sf "http://127.0.0.1:$bot_port/metrics") || fail "/metrics did not answer"
for platform in slack discord; do
  grep -qE "^careerbot_questions_total\{.*platform=\"$platform\"\} 1$" <<<"$metrics" || fail "/metrics does not count the $platform question"
done
grep -q '^careerbot_answer_duration_seconds_bucket{' <<<"$metrics" || fail "/metrics has no answer-latency buckets"

# The Dockerfile's HEALTHCHECK, pointed at this port.
check=$(grep -A1 '^HEALTHCHECK' Dockerfile | sed -n 's/.*"-c", "\(.*\)"\]$/\1/p' | sed 's/\\\\/\\/g; s/8080/'"$bot_port"'/')
[ -n "$check" ] || fail "no HEALTHCHECK command in the Dockerfile"
bash -c "$check" || fail "the Dockerfile's HEALTHCHECK failed against a healthy bot"

kill -TERM "$bot"
wait "$bot"
code=$?
[ "$code" -eq 0 ] || fail "serve exited $code on SIGTERM, not 0"
echo "smoke: ok"
