#!/usr/bin/env bash
# Prints, per language, how many catalog entries are finished and unfinished.
# Usage: scripts/translations-status.sh [TRANSLATIONS_DIR]   (default: translations/ of this repository)
set -euo pipefail
dir=${1:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/translations"}
printf '%-6s %8s %10s %10s\n' lang total finished unfinished
for ts in "$dir"/cordial_*.ts; do
    lang=$(basename "$ts" .ts); lang=${lang#cordial_}
    total=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    printf '%-6s %8d %10d %10d\n' "$lang" "$total" "$((total - unfinished))" "$unfinished"
done
