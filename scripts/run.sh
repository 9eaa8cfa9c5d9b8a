#!/usr/bin/env bash
# Installs what Suara needs, builds it, and runs it: suara-server on its embedded SQLite, and the kiosk
# connected to it (enrolled with a one-time code on first start). Data lives in $SUARA_DATA
# (default ./suara-data). Ctrl-C stops both.
source "$(dirname "$0")/lib.sh"
suara_install_deps
BUILD_DIR="${SUARA_BUILD_DIR:-$SUARA_ROOT/build/release}"
suara_build "$BUILD_DIR" Release

DATA="${SUARA_DATA:-$SUARA_ROOT/suara-data}"
PORT="${SUARA_PORT:-8080}"
URL="http://127.0.0.1:$PORT"
UNIT="${SUARA_UNIT:-DEMO-01}"
SERVER="$BUILD_DIR/server/suara-server"
KIOSK="$BUILD_DIR/app/suara-kiosk"
SYNC="$BUILD_DIR/cli/suara-sync/suara-sync"
mkdir -p "$DATA/server" "$DATA/kiosk"

echo "==> Preparing the server (SQLite in $DATA/server)"
"$SERVER" create-unit --data-dir "$DATA/server" --code "$UNIT" --name "Unit Layanan Demo" --exists-ok >/dev/null
if [ ! -f "$DATA/server/admin-password.txt" ]; then
    ( umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$DATA/server/admin-password.txt" )
    "$SERVER" create-user --data-dir "$DATA/server" --username admin --role national_admin \
        --password "$(cat "$DATA/server/admin-password.txt")" >/dev/null
fi

# A kiosk that has not enrolled yet gets a fresh one-time code (unused codes simply expire).
KIOSK_ARGS=(--data-dir "$DATA/kiosk" --server "$URL")
# (No store yet on the very first run: suara-sync then fails, which simply means "not enrolled".)
STATE=$({ "$SYNC" --data-dir "$DATA/kiosk" status --json 2>/dev/null || true; } | sed -n 's/.*"state": *"\([a-z-]*\)".*/\1/p')
if [ -z "$STATE" ] || [ "$STATE" = not-enrolled ]; then
    CODE=$("$SERVER" enrollment-code --data-dir "$DATA/server" --unit "$UNIT" --qr "$DATA/server/enrollment.png" | head -n1)
    KIOSK_ARGS+=(--enrollment-code "$CODE")
    echo "    enrollment code for the kiosk: $CODE (also as a QR code in $DATA/server/enrollment.png)"
fi

echo "==> Starting suara-server on $URL (log: $DATA/server/server.log)"
"$SERVER" serve --data-dir "$DATA/server" --listen "127.0.0.1:$PORT" 2>>"$DATA/server/server.log" &
SERVER_PID=$!
cleanup() { kill -TERM "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; }
trap cleanup EXIT INT TERM
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "suara-server did not start; see $DATA/server/server.log" >&2; exit 1; }
    sleep 0.1
done
echo "    admin user: admin, password in $DATA/server/admin-password.txt"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "==> No display: rendering every kiosk screen to $DATA/screenshots, then running the kiosk offscreen"
    QT_QPA_PLATFORM=offscreen "$KIOSK" --screenshots "$DATA/screenshots"
    export QT_QPA_PLATFORM=offscreen
fi
[ "${SUARA_WINDOWED:-0}" = 1 ] && KIOSK_ARGS+=(--windowed)
echo "==> Starting the kiosk (data in $DATA/kiosk). The admin area sits behind the lock in the corner."
"$KIOSK" "${KIOSK_ARGS[@]}"
