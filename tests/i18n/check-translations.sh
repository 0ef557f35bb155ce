#!/usr/bin/env bash
# Fails when a shipped language has unfinished or missing entries: lrelease would silently ship
# English for them (RECIPES: lrelease exits 0 with unfinished entries).
# With LUPDATE and SOURCES_LIST, the catalogs are first refreshed from the sources in a temp copy,
# so a string added to the code but never run through lupdate counts as unfinished too.
# Usage: check-translations.sh TRANSLATIONS_DIR [LUPDATE SOURCES_LIST INCLUDE_DIR...]
set -euo pipefail
dir=${1:?usage: check-translations.sh TRANSLATIONS_DIR [LUPDATE SOURCES_LIST INCLUDE_DIR...]}
if [ $# -ge 3 ]; then
    lupdate=$2 list=$3
    shift 3
    includes=()
    for inc in "$@"; do includes+=(-I "$inc"); done
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$dir"/cordial_*.ts "$tmp"/
    mapfile -t sources < <(grep -v '^$' "$list")
    "$lupdate" -silent -no-obsolete -locations relative "${includes[@]}" "${sources[@]}" \
        -ts "$tmp"/cordial_hi.ts "$tmp"/cordial_te.ts "$tmp"/cordial_ur.ts "$tmp"/cordial_ca.ts
    "$lupdate" -silent -pluralonly -no-obsolete -locations relative "${includes[@]}" "${sources[@]}" \
        -ts "$tmp"/cordial_en.ts
    dir=$tmp
fi
status=0
for lang in en hi te ur ca; do
    ts="$dir/cordial_$lang.ts"
    if [ ! -f "$ts" ]; then
        echo "missing translation file: $ts"; status=1; continue
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    messages=$(grep -c '<message' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "cordial_$lang.ts: $unfinished of $messages entries unfinished (run the update_translations target, then translate)"
        status=1
    else
        echo "cordial_$lang.ts: $messages entries, all finished"
    fi
done
# Urdu must keep the entry that turns the layout right-to-left.
if ! grep -A2 'QT_LAYOUT_DIRECTION' "$dir/cordial_ur.ts" | grep -q '>RTL<'; then
    echo "cordial_ur.ts: QT_LAYOUT_DIRECTION is not translated to RTL"; status=1
fi
exit $status
