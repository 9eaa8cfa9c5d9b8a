#!/usr/bin/env bash
# Fails on any qmllint message for the kiosk's QML modules, with every category at its default level
# (the only settings are in .qmllint.ini files beside the modules, and say why). Usage: BUILD_DIR
set -euo pipefail
BUILD="$1"
out=$(cmake --build "$BUILD" --target all_qmllint 2>&1) || true
messages=$(echo "$out" | grep -E "^(Warning|Error|Info): " || true)
if [ -n "$messages" ]; then
    echo "$messages"
    echo "$(echo "$messages" | wc -l) qmllint message(s)"
    exit 1
fi
if ! echo "$out" | grep -q "qmllint"; then
    echo "qmllint did not run: $out"
    exit 1
fi
echo "qmllint: no messages"
