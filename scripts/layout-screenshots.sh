#!/usr/bin/env bash
# The window-layout test (tests/ui/windows/WindowLayoutTest.cpp) on a real X server: the main window in
# en, hi, te, ur and ca at 1366x768 and 1024x768, with no call, on hold past the warning (a fake clock:
# no waiting) and in wrap-up, checked for cut-off controls and text, and saved as images. The key ones
# are copied to docs/screenshots/ (Urdu and Hindi at 1366x768 on hold among them).
# Usage: scripts/layout-screenshots.sh [BUILD_DIR]      (default: build/dev; needs cordial_ui_tests)
# Needs: xvfb xauth dbus, fonts-noto-core (Nastaliq, Devanagari, Telugu).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build/dev}")
exe=$build/tests/ui/cordial_ui_tests
shots=$build/tests/ui/screenshots-x11
[ -x "$exe" ] || { echo "no $exe: build cordial_ui_tests first" >&2; exit 2; }
for t in xvfb-run dbus-run-session; do
  command -v "$t" >/dev/null || { echo "missing $t: apt-get install xvfb xauth dbus" >&2; exit 2; }
done
mkdir -p "$shots"
status=0
CORDIAL_SCREENSHOT_DIR=$shots QT_QPA_PLATFORM=xcb dbus-run-session -- \
  xvfb-run -a -s "-screen 0 1366x768x24" "$exe" --gtest_filter='Languages/WindowLayoutTest.*' || status=$?
for name in hold-ur-1366x768 hold-hi-1366x768 hold-en-1366x768 hold-ur-1024x768 idle-te-1366x768 \
            wrapup-ca-1024x768; do
  [ -f "$shots/layout-$name.png" ] && cp "$shots/layout-$name.png" "$root/docs/screenshots/layout-$name.png"
done
echo "images in $shots"
exit $status
