#!/bin/sh
# Runs a command with its own D-Bus session and an unlocked gnome-keyring (Secret Service) in a
# throwaway HOME, so keychain tests never touch the user's real keyring.
# Usage: tests/support/run-with-keyring.sh <program> [args...]   Exit code: the program's.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 <program> [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found (install dbus and gnome-keyring)" >&2
        exit 2
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cordial-keyring.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

status=0
# The daemon creates and unlocks a "login" keyring with the password from stdin; it exits with
# the bus when dbus-run-session ends.
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$@" || status=$?
exit "$status"
