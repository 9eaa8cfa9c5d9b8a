#!/usr/bin/env bash
# Installs what Suara needs, builds it, and runs it: the kiosk (and, once built, the server on its
# embedded SQLite with the kiosk connected to it). Data lives in $SUARA_DATA (default ./suara-data).
source "$(dirname "$0")/lib.sh"
suara_install_deps
BUILD_DIR="${SUARA_BUILD_DIR:-$SUARA_ROOT/build/release}"
suara_build "$BUILD_DIR" Release
DATA="${SUARA_DATA:-$SUARA_ROOT/suara-data}"
mkdir -p "$DATA/kiosk"

KIOSK_ARGS=(--data-dir "$DATA/kiosk")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: rendering every kiosk screen offscreen to $DATA/screenshots instead."
    exec "$BUILD_DIR/app/suara-kiosk" --screenshots "$DATA/screenshots"
fi
[ "${SUARA_WINDOWED:-0}" = 1 ] && KIOSK_ARGS+=(--windowed)
echo "==> Starting the kiosk (data in $DATA/kiosk). The admin area sits behind the lock in the corner."
exec "$BUILD_DIR/app/suara-kiosk" "${KIOSK_ARGS[@]}"
