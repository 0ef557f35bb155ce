#!/usr/bin/env bash
# Command 1: install what Cordial needs, build it, and start it on the embedded SQLite database
# with demo data. Extra arguments go to the program, e.g. `scripts/run.sh --lang ur`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --target cordial
exec build/release/ui/cordial --demo "$@"
