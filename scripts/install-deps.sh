#!/usr/bin/env bash
# Installs the Debian 12 packages Cordial needs to build, run and test.
# Usage: scripts/install-deps.sh [--runtime-only]
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libpq-dev
    libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-multimedia-dev libqt6multimedia6
    libgl-dev
    qtkeychain-qt6-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    libical-dev libphonenumber-dev libicu-dev libcsv-dev
    postgresql postgresql-client
    dbus dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth imagemagick fonts-noto-core fonts-dejavu-core
    desktop-file-utils appstream file
)

# Skip apt entirely when everything is already present (fast re-runs, no network needed).
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
