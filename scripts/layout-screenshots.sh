#!/usr/bin/env bash
# The window-layout and look tests (tests/ui/windows/WindowLayoutTest.cpp, LookTest.cpp) on a real X server
# (Xvfb with the openbox window manager): the main window in en, hi, te, ur and ca at 1366x768 and 1024x768,
# with no call, on hold past the warning (a fake clock: no waiting) and in wrap-up, checked for cut-off
# controls and text; and on hold on a dark and two high-contrast palettes, checked for text under 4.5:1.
# Every state is saved as an image; the ones docs/look.md lists are copied to docs/screenshots/ as
# 256-colour PNGs (Urdu and Hindi at 1366x768 on hold among them).
# Usage: scripts/layout-screenshots.sh [BUILD_DIR]      (default: build/dev; needs cordial_ui_tests)
# Needs: xvfb xauth dbus openbox imagemagick, fonts-noto-core (Nastaliq, Devanagari, Telugu).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build/dev}")
exe=$build/tests/ui/cordial_ui_tests
shots=$build/tests/ui/screenshots-x11
[ -x "$exe" ] || { echo "no $exe: build cordial_ui_tests first" >&2; exit 2; }
for t in xvfb-run dbus-run-session openbox convert; do
  command -v "$t" >/dev/null || { echo "missing $t: apt-get install xvfb xauth dbus openbox imagemagick" >&2; exit 2; }
done
mkdir -p "$shots"
status=0
CORDIAL_SCREENSHOT_DIR=$shots QT_QPA_PLATFORM=xcb dbus-run-session -- \
  xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
    openbox >/dev/null 2>&1 & wm=$!
    sleep 1
    "$@"; status=$?
    kill $wm 2>/dev/null; wait $wm 2>/dev/null || true
    exit $status' bash "$exe" --gtest_filter='Languages/WindowLayoutTest.Every*:Palettes/ContrastTest.*' || status=$?
for name in layout-hold-ur-1366x768 layout-hold-hi-1366x768 layout-hold-en-1366x768 layout-hold-te-1366x768 \
            layout-hold-ca-1366x768 layout-hold-ur-1024x768 layout-hold-en-1024x768 layout-idle-te-1366x768 \
            layout-idle-en-1024x768 layout-wrapup-ca-1024x768 layout-wrapup-hi-1366x768 \
            look-hold-en-dark look-hold-ur-dark look-hold-en-high-contrast-black look-hold-hi-high-contrast-white; do
  if [ -f "$shots/$name.png" ]; then
    convert "$shots/$name.png" -strip -colors 256 "PNG8:$root/docs/screenshots/$name.png"
  else
    echo "missing $shots/$name.png" >&2; status=1
  fi
done
echo "images in $shots"
exit $status
