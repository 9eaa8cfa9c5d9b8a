#!/usr/bin/env bash
# Runs every libFuzzer target (tests/fuzz) for SECONDS each (default 600), with ASan and UBSan.
# New interesting inputs are merged into tests/fuzz/corpus/<target>/; a crash input is copied to
# tests/fuzz/crashes/<target>/ so the normal suite replays it from then on. Needs clang (Debian's
# clang package). Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_EACH="${1:-600}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(http1parser pushbatch recordbody bundle questionnaire settings ikmcsv)
fi
BUILD="$ROOT/build/fuzz"
cmake --preset fuzz -S "$ROOT" >/dev/null
cmake --build "$BUILD" --target "${TARGETS[@]/#/fuzz_}"
status=0
for t in "${TARGETS[@]}"; do
    work="$BUILD/work/$t"
    rm -rf "$work" && mkdir -p "$work/new" "$work/artifacts"
    echo "==> fuzz_$t for ${SECONDS_EACH}s"
    set +e
    (cd "$work" && "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
        "$work/new" "$ROOT/tests/fuzz/corpus/$t" 2>"$work/log")
    rc=$?
    set -e
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+.*DONE" "$work/log" || true
    if [ $rc -ne 0 ] || ls "$work/artifacts/"* >/dev/null 2>&1; then
        mkdir -p "$ROOT/tests/fuzz/crashes/$t"
        cp "$work/artifacts/"* "$ROOT/tests/fuzz/crashes/$t/" 2>/dev/null || true
        echo "!! fuzz_$t found a failure (kept in tests/fuzz/crashes/$t/); log: $work/log"
        status=1
    fi
    # Keep only inputs that add coverage, so the committed corpus stays small.
    "$BUILD/tests/fuzz/fuzz_$t" -merge=1 "$ROOT/tests/fuzz/corpus/$t" "$work/new" 2>>"$work/log" >/dev/null || true
done
exit $status
