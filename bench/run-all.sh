#!/bin/sh
# Every figure of docs/benchmarks.md at one size, into bench-results/SIZE/ (JSON per benchmark).
#   bench/run-all.sh 1k|100k|1m [BUILD_DIR]        (default BUILD_DIR: build-bench)
# Generates /tmp/bench-SIZE.sqlite with cordial_generate first if it is not there (1m: ~25 min on
# 2 busy cores). Build first:
#   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCORDIAL_BUILD_BENCH=ON -DCORDIAL_BUILD_TESTS=OFF
#   cmake --build build-bench --target cordial cordial_generate cordial_scale_bench cordial_ui_bench cordial_bare_window
set -eu
SIZE=${1:?usage: bench/run-all.sh 1k|100k|1m [BUILD_DIR]}
BUILD=${2:-build-bench}
case "$SIZE" in
    1k) CUSTOMERS=1000; INTERACTIONS=20000 ;;
    100k) CUSTOMERS=100000; INTERACTIONS=1000000 ;;
    1m) CUSTOMERS=1000000; INTERACTIONS=10000000 ;;
    *) echo "size must be 1k, 100k or 1m" >&2; exit 2 ;;
esac
DB=${CORDIAL_BENCH_DB:-/tmp/bench-$SIZE.sqlite}
OUT=bench-results/$SIZE
mkdir -p "$OUT"
NICE="nice -n 10"

if [ ! -f "$DB" ]; then
    $NICE "$BUILD/bench/cordial_generate" --customers "$CUSTOMERS" --interactions "$INTERACTIONS" --db "$DB" \
        | tee "$OUT/generate.txt"
fi

# Search per keystroke and screen pop in the core (one process), memory alone in its own process.
$NICE "$BUILD/bench/cordial_scale_bench" --db="$DB" --customers="$CUSTOMERS" \
    --benchmark_filter='KeystrokeReplay|ScreenPop' --benchmark_out="$OUT/core.json" --benchmark_out_format=json
$NICE "$BUILD/bench/cordial_scale_bench" --db="$DB" --customers="$CUSTOMERS" \
    --benchmark_filter='ResidentMemory' --benchmark_out="$OUT/memory.json" --benchmark_out_format=json
# Screen pop rendered in the window.
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} $NICE "$BUILD/bench/cordial_ui_bench" --db="$DB" \
    --customers="$CUSTOMERS" --benchmark_out="$OUT/ui.json" --benchmark_out_format=json
# Cold start: the real program against a bare Qt Widgets window, same run (offscreen unless $DISPLAY).
$NICE python3 bench/coldstart.py --cordial "$BUILD/ui/cordial" --bare "$BUILD/bench/cordial_bare_window" \
    --db "$DB" | tee "$OUT/coldstart.json"
# Import rate: a CSV of as many rows as customers (at most 100,000) into a new database, CPU and wall.
ROWS=$(( CUSTOMERS < 100000 ? CUSTOMERS : 100000 ))
python3 scripts/make-import-csv.py "$ROWS" "/tmp/bench-import-$ROWS.csv" >/dev/null
rm -f /tmp/bench-import.sqlite /tmp/bench-import.sqlite-wal /tmp/bench-import.sqlite-shm
/usr/bin/time -f '{"rows": '"$ROWS"', "wall_s": %e, "user_s": %U, "sys_s": %S}' -o "$OUT/import.json" \
    env QT_QPA_PLATFORM=offscreen $NICE "$BUILD/ui/cordial" import --db /tmp/bench-import.sqlite "/tmp/bench-import-$ROWS.csv"
cat "$OUT/import.json"
echo "results in $OUT"
