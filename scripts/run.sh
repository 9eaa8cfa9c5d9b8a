#!/usr/bin/env bash
# Installs what Suara needs, builds it, and runs it: suara-server on its embedded SQLite with demo data
# (a Kanwil with two Lapas, a BKKBN office, a user per role, two quarters of signed records), its web
# dashboard, and a kiosk of the demo Lapas connected to it (enrolled with a one-time code on first
# start). Data lives in $SUARA_DATA (default ./suara-data). Ctrl-C stops both.
source "$(dirname "$0")/lib.sh"
suara_install_deps
BUILD_DIR="${SUARA_BUILD_DIR:-$SUARA_ROOT/build/release}"
# Only the programs: the tests and benchmarks are test.sh's.
suara_build "$BUILD_DIR" Release -DBUILD_TESTING=OFF

DATA="${SUARA_DATA:-$SUARA_ROOT/suara-data}"
PORT="${SUARA_PORT:-8080}"
URL="http://127.0.0.1:$PORT"
UNIT="${SUARA_UNIT:-LP-YK}"
VNC_PORT="${SUARA_VNC_PORT:-5900}"
SERVER="$BUILD_DIR/server/suara-server"
KIOSK="$BUILD_DIR/app/suara-kiosk"
SYNC="$BUILD_DIR/cli/suara-sync/suara-sync"
mkdir -p "$DATA/server" "$DATA/kiosk"
# Qt wants a private runtime directory; without one every program warns about it on start.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$DATA/runtime"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi

echo "==> Preparing the server (SQLite in $DATA/server)"
if [ ! -s "$DATA/server/demo-users.txt" ]; then
    "$SERVER" seed-demo --data-dir "$DATA/server" > "$DATA/server/demo-users.txt.new"
    mv "$DATA/server/demo-users.txt.new" "$DATA/server/demo-users.txt"
fi

# A kiosk that has not enrolled yet gets a fresh one-time code (unused codes simply expire).
KIOSK_ARGS=(--data-dir "$DATA/kiosk" --server "$URL")
# (No store yet on the very first run: suara-sync then fails, which simply means "not enrolled".)
STATE=$({ "$SYNC" --data-dir "$DATA/kiosk" status --json 2>/dev/null || true; } | sed -n 's/.*"state": *"\([a-z-]*\)".*/\1/p')
if [ -z "$STATE" ] || [ "$STATE" = not-enrolled ]; then
    CODE=$("$SERVER" enrollment-code --data-dir "$DATA/server" --unit "$UNIT" --qr "$DATA/server/enrollment.png" | head -n1)
    KIOSK_ARGS+=(--enrollment-code "$CODE")
fi

echo "==> Starting suara-server on $URL (log: $DATA/server/server.log)"
"$SERVER" serve --data-dir "$DATA/server" --listen "127.0.0.1:$PORT" 2>>"$DATA/server/server.log" &
SERVER_PID=$!
KIOSK_PID=
stop() {
    # Both programs save what they hold and exit 0 on SIGTERM; "|| true": a program already gone is fine.
    if [ -n "$KIOSK_PID" ]; then kill -TERM "$KIOSK_PID" 2>/dev/null || true; fi
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap 'stop; exit 0' INT TERM
trap stop EXIT
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "suara-server did not start; see $DATA/server/server.log" >&2; exit 1; }
    sleep 0.1
done

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No screen here: the kiosk draws into Qt's VNC server, so any VNC viewer can see and tap it.
    export QT_QPA_PLATFORM="vnc:size=1280x800:port=$VNC_PORT"
    KIOSK_WHERE="no display here: connect a VNC viewer to 127.0.0.1:$VNC_PORT to see and use it"
else
    [ "${SUARA_WINDOWED:-0}" = 1 ] && KIOSK_ARGS+=(--windowed)
    KIOSK_WHERE="full screen (SUARA_WINDOWED=1 for a window)"
fi

cat <<EOF

Suara is running.

  Web dashboard   $URL/
                  sign in as one of the demo users, password: suara-demo
                    nasional     national admin, sees every unit
                    kanwil       admin of the Kanwil D.I. Yogyakarta and the Lapas below it
                    lapas-yk     admin of Lapas Kelas IIA Yogyakarta only
                    upg-kanwil   gratification control unit (UPG) of the Kanwil
                    pengamat-yk  read-only viewer of Lapas Yogyakarta
                  (the full list is in $DATA/server/demo-users.txt)
  Public results  $URL/public/units/$UNIT
  Kiosk           unit $UNIT, $KIOSK_WHERE
                  on first start it asks the unit admin to choose a PIN; the admin area opens
                  by holding the lock in the top corner.
  Data            $DATA   (delete it to start again)

Press Ctrl-C to stop.
EOF

"$KIOSK" "${KIOSK_ARGS[@]}" >>"$DATA/kiosk/kiosk.log" 2>&1 &
KIOSK_PID=$!
# Either program ending ends the demo.
status=0
wait -n "$KIOSK_PID" "$SERVER_PID" || status=$?
kill -0 "$KIOSK_PID" 2>/dev/null || echo "The kiosk stopped (exit $status); its log is $DATA/kiosk/kiosk.log" >&2
kill -0 "$SERVER_PID" 2>/dev/null || echo "suara-server stopped (exit $status); see $DATA/server/server.log" >&2
exit "$status"
