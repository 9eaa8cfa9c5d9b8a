#!/usr/bin/env bash
# Checks the committed translation catalogues (translations-check in ctest, label "check").
#   check-translations.sh <lupdate> <translations dir> <source files...>
# Fails when
#   - suara_id.ts or suara_en.ts is stale: running lupdate on the sources would change it
#     (fix: cmake --build <build dir> --target update_translations, then translate);
#   - suara_id.ts has an unfinished or empty translation (Indonesian is the default language);
#   - a source string uses "..." instead of the ellipsis character "…".
set -euo pipefail

if [[ $# -lt 3 ]]; then
    echo "usage: $0 <lupdate> <translations dir> <source files...>" >&2
    exit 2
fi
lupdate=$1
ts_dir=$2
shift 2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

for lang in id en; do
    cp "$ts_dir/suara_$lang.ts" "$work/suara_$lang.ts"
done
# The same options qt_add_translations passes (LUPDATE_OPTIONS in translations/CMakeLists.txt).
if ! "$lupdate" -silent -locations none "$@" -ts "$work/suara_id.ts" "$work/suara_en.ts" >"$work/lupdate.log" 2>&1; then
    cat "$work/lupdate.log" >&2
    echo "FAIL: lupdate did not run" >&2
    exit 1
fi
for lang in id en; do
    if ! diff -u "$ts_dir/suara_$lang.ts" "$work/suara_$lang.ts" >"$work/diff-$lang.txt"; then
        echo "FAIL: translations/suara_$lang.ts is stale; run the update_translations target and translate the new strings:" >&2
        head -n 60 "$work/diff-$lang.txt" >&2
        status=1
    fi
done

id_ts="$ts_dir/suara_id.ts"
unfinished=$(grep -c 'type="unfinished"' "$id_ts" || true)
if [[ $unfinished -gt 0 ]]; then
    echo "FAIL: suara_id.ts has $unfinished unfinished translation(s):" >&2
    grep -B3 'type="unfinished"' "$id_ts" | grep '<source>' | head -n 20 >&2
    status=1
fi
empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$id_ts" || true)
if [[ $empty -gt 0 ]]; then
    echo "FAIL: suara_id.ts has $empty empty translation(s)" >&2
    status=1
fi
if grep -n '<source>[^<]*\.\.\.' "$ts_dir/suara_en.ts" >&2; then
    echo 'FAIL: use the ellipsis character "…", not "...", in source strings' >&2
    status=1
fi

if [[ $status -eq 0 ]]; then
    echo "translations-check: catalogues are up to date and Indonesian is complete"
fi
exit $status
