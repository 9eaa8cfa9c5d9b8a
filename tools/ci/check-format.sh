#!/usr/bin/env bash
# Fails when a C++ file is not in the house style (.clang-format at the root, clang-format 14 from
# Debian 12). Fix with: tools/ci/check-format.sh --fix
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
mapfile -t files < <(find app core sync server cli tests bench -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! out=$(clang-format --dry-run --Werror "${files[@]}" 2>&1); then
    echo "$out" | grep -E "^[^ ].*(warning|error):" | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
    echo "run tools/ci/check-format.sh --fix"
    exit 1
fi
echo "${#files[@]} files in the house style"
