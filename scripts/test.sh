#!/usr/bin/env bash
# Command 2: install what Cordial needs, build it twice (warnings as errors; then under
# AddressSanitizer + UndefinedBehaviorSanitizer) and run the whole suite on each build:
# core, UI (offscreen), SQLite, a throwaway PostgreSQL server and a real Secret Service.
# CORDIAL_SKIP_SANITIZE=1 runs the first build only.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
run_suite() {
    local preset=$1
    echo "==> configure and build ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "==> test ($preset)"
    # The PostgreSQL suite needs a real server: with-postgres.sh starts one in a temp dir and stops it.
    bash scripts/with-postgres.sh ctest --preset "$preset" -j "$jobs" --timeout 300
}

start=$(date +%s)
run_suite ci

echo "==> package (.deb) and check its contents"
(cd build/ci && cpack -G DEB >/dev/null && dpkg-deb -c ./*.deb | grep -E 'bin/cordial$|\.desktop$|metainfo\.xml$' )
# The packaged program carries no test hooks (they live in cordial_test_program only).
hooks=$(cd build/ci && dpkg-deb --fsys-tarfile ./*.deb | tar -xO ./usr/bin/cordial | grep -ac 'CORDIAL_TEST_' || true)
[ "$hooks" = 0 ] || { echo "the packaged cordial contains test hooks" >&2; exit 1; }

if [ "${CORDIAL_SKIP_SANITIZE:-0}" != "1" ]; then
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/support/lsan.supp:print_suppressions=0"
    run_suite ci-sanitize
fi
echo "==> all suites passed in $(( $(date +%s) - start )) s"
