#!/usr/bin/env bash
# Screenshots of the call console for the docs (issue #4), taken from the real program under Xvfb:
#   docs/screenshots/call-restate-en.png  the restate line filled from the request capture
#   docs/screenshots/call-hold-en.png     a call on hold at 1:05 with the warning, in English
#   docs/screenshots/call-hold-ur.png     the same in Urdu (right to left)
# The program sets the scene itself (CORDIAL_TEST_SCENE, see tests/support/TestHooks.h) with demo data in
# a throwaway home; the hold shots wait 65 s of real time, both at once. The hooks are only in the test
# build of the program, cordial_test_program (a build with tests, e.g. build/ci), never in `cordial`.
# Usage: scripts/screenshots.sh [BUILD_DIR]        (default: build; needs the `cordial_test_program` target)
# Needs: xvfb xauth imagemagick dbus.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build}")
exe=$build/tests/support/cordial_test_program
out=$root/docs/screenshots
[ -x "$exe" ] || { echo "no $exe: build the cordial_test_program target (CORDIAL_BUILD_TESTS=ON) first" >&2; exit 2; }
for t in xvfb-run import dbus-run-session; do
  command -v "$t" >/dev/null || { echo "missing $t: apt-get install xvfb xauth imagemagick dbus" >&2; exit 2; }
done
mkdir -p "$out"

# shoot NAME SCENE LANG SECONDS_AFTER_READY SERVER_NUMBER
shoot() {
  local name=$1 scene=$2 lang=$3 after=$4 server=$5 tmp
  tmp=$(mktemp -d)
  mkdir -p "$tmp/home" "$tmp/runtime" && chmod 700 "$tmp/runtime"
  HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share \
  XDG_RUNTIME_DIR=$tmp/runtime CORDIAL_INSTANCE_NAME=cordial-shot-$name CORDIAL_TEST_SCENE=$scene \
  dbus-run-session -- xvfb-run -n "$server" -s "-screen 0 1366x768x24" bash -c '
    "$0" --demo --db "$1/cordial.sqlite" --lang "$2" >"$1/out" 2>"$1/err" & p=$!
    for _ in $(seq 300); do grep -q "scene ready" "$1/out" && break; kill -0 $p || break; sleep 0.1; done
    grep -q "scene ready" "$1/out" || { cat "$1/err" >&2; kill $p 2>/dev/null; exit 1; }
    sleep "$3"
    import -window root "$4"
    kill $p; wait $p 2>/dev/null || true' "$exe" "$tmp" "$lang" "$after" "$out/$name.png"
  rm -rf "$tmp"
  echo "$out/$name.png"
}

shoot call-restate-en restate en 2 91
# The hold timer shows 01:05 from 65.0 s to 66.0 s after the hold started ("scene ready").
shoot call-hold-en hold en 65.4 92 &
shoot call-hold-ur hold ur 65.4 93 &
wait
