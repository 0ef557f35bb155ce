#!/usr/bin/env bash
# Fails when a shipped language has unfinished or missing entries: lrelease would silently ship
# English for them (RECIPES: lrelease exits 0 with unfinished entries).
set -euo pipefail
dir=${1:?usage: check-translations.sh TRANSLATIONS_DIR}
status=0
for lang in en hi te ur ca; do
    ts="$dir/cordial_$lang.ts"
    if [ ! -f "$ts" ]; then
        echo "missing translation file: $ts"; status=1; continue
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    messages=$(grep -c '<message' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$ts: $unfinished of $messages entries unfinished"; status=1
    else
        echo "$ts: $messages entries, all finished"
    fi
done
# Urdu must keep the entry that turns the layout right-to-left.
if ! grep -A2 'QT_LAYOUT_DIRECTION' "$dir/cordial_ur.ts" | grep -q '>RTL<'; then
    echo "cordial_ur.ts: QT_LAYOUT_DIRECTION is not translated to RTL"; status=1
fi
exit $status
