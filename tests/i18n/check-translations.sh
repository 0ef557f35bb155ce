#!/usr/bin/env bash
# Fails when a shipped language has unfinished or missing entries: lrelease would silently ship
# English for them (RECIPES: lrelease exits 0 with unfinished entries).
# With LUPDATE and SOURCES_LIST, the catalogs are first refreshed from the sources in a temp copy,
# so a string added to the code but never run through lupdate counts as unfinished too.
# The languages come from CMake (CORDIAL_LANGUAGES, CORDIAL_SOURCE_LANGUAGE); the source language's
# catalog holds plural forms only.
# Usage: check-translations.sh --languages "en hi te ur ca" --source en TRANSLATIONS_DIR
#                              [LUPDATE SOURCES_LIST INCLUDE_DIR...]
set -euo pipefail
usage='usage: check-translations.sh --languages "CODE..." --source CODE TRANSLATIONS_DIR [LUPDATE SOURCES_LIST INCLUDE_DIR...]'
languages=() source=
while [ $# -gt 0 ]; do
    case $1 in
        --languages) read -r -a languages <<<"${2:?$usage}"; shift 2 ;;
        --source) source=${2:?$usage}; shift 2 ;;
        *) break ;;
    esac
done
[ ${#languages[@]} -gt 0 ] && [ -n "$source" ] || { echo "$usage" >&2; exit 2; }
dir=${1:?$usage}
translated=()
for lang in "${languages[@]}"; do
    [ "$lang" = "$source" ] || translated+=("$lang")
done
if [ $# -ge 3 ]; then
    lupdate=$2 list=$3
    shift 3
    includes=()
    for inc in "$@"; do includes+=(-I "$inc"); done
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$dir"/cordial_*.ts "$tmp"/
    mapfile -t sources < <(grep -v '^$' "$list")
    catalogs=()
    for lang in "${translated[@]}"; do catalogs+=("$tmp/cordial_$lang.ts"); done
    "$lupdate" -silent -no-obsolete -locations relative "${includes[@]}" "${sources[@]}" -ts "${catalogs[@]}"
    "$lupdate" -silent -pluralonly -no-obsolete -locations relative "${includes[@]}" "${sources[@]}" \
        -ts "$tmp/cordial_$source.ts"
    dir=$tmp
fi
status=0
for lang in "${languages[@]}"; do
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
if [[ " ${languages[*]} " == *" ur "* ]] && ! grep -A2 'QT_LAYOUT_DIRECTION' "$dir/cordial_ur.ts" | grep -q '>RTL<'; then
    echo "cordial_ur.ts: QT_LAYOUT_DIRECTION is not translated to RTL"; status=1
fi
exit $status
