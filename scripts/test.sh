#!/usr/bin/env bash
# Installs what Suara needs, builds it and runs the whole test suite (unit, QML, integration, checks).
source "$(dirname "$0")/lib.sh"
suara_install_deps
BUILD_DIR="${SUARA_BUILD_DIR:-$SUARA_ROOT/build/test}"
suara_build "$BUILD_DIR" RelWithDebInfo
echo "==> Running tests"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
