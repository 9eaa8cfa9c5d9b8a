#!/usr/bin/env bash
# Starts a real suara-server on a free port with a fresh SQLite data dir, runs the independent client
# written from docs/protocol.md, then asks the server what it holds for that device.
set -euo pipefail
SERVER="$1"
CLIENT="$(dirname "$0")/protocol-client.mjs"
DATA=$(mktemp -d)
PORT=$(( 20000 + RANDOM % 20000 ))
trap 'kill -TERM $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

"$SERVER" create-unit --data-dir "$DATA" --code CONF-01 --name "Conformance unit" >/dev/null
CODE=$("$SERVER" enrollment-code --data-dir "$DATA" --unit CONF-01 | head -n1)
"$SERVER" serve --data-dir "$DATA" --listen "127.0.0.1:$PORT" 2>"$DATA/server.log" &
PID=$!
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done

OUT=$(node "$CLIENT" "http://127.0.0.1:$PORT" "$CODE")
echo "$OUT"
DEVICE=$(echo "$OUT" | sed -n 's/.*"device_id":"\([^"]*\)".*/\1/p')
DEVICES=$("$SERVER" devices --data-dir "$DATA" --json)
echo "$DEVICES" | grep -q "$DEVICE" || { echo "FAIL: the server does not list device $DEVICE"; exit 1; }
echo "$DEVICES" | tr -d ' \n' | grep -q '"last_seq":3' || { echo "FAIL: the server does not hold seq 1..3"; echo "$DEVICES"; exit 1; }
echo "conformance: a client written from docs/protocol.md enrolled, pulled settings and pushed exactly once"
