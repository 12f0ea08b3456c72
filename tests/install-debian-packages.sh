#!/bin/sh
# Installs the Debian packages named as arguments that are not installed yet (test.sh runs it for the
# tests' Chromium and LibreOffice Calc). Already installed: says so and returns at once, without apt.
# Otherwise: apt-get update, then apt-get install, non-interactive, as root — through sudo only when
# not root, and then DEBIAN_FRONTEND goes on sudo's command line through env (sudo resets the
# environment). No apt-get, not root and no sudo, or a package still missing after apt: a message and
# exit 1. Needs only POSIX sh, its builtins and /usr/bin/env besides id, dpkg-query, sudo and apt-get
# (tests run it with stubs of those four alone on PATH: tests/Fnavdl.Core.Tests/Machine/InstallScriptTests.cs).
set -eu
me="install-debian-packages"
if [ "$#" -eq 0 ]; then
  echo "$me: usage: install-debian-packages.sh PACKAGE..." >&2
  exit 2
fi

installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

missing=""
for package in "$@"; do
  if installed "$package"; then
    echo "$me: $package $(dpkg-query -W -f='${Version}' "$package") already installed"
  else
    missing="$missing $package"
  fi
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$me: no apt-get (not Debian or Ubuntu): install$missing (or your system's equivalents) yourself" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "$me: not root and no sudo: as root, run  apt-get update && apt-get install -y --no-install-recommends$missing" >&2
  exit 1
fi

echo "$me: installing$missing"
$as_root /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get update
# $missing unquoted on purpose: one word per package (Debian package names hold no spaces).
# shellcheck disable=SC2086
$as_root /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing

for package in $missing; do
  if ! installed "$package"; then
    echo "$me: $package is still not installed after apt-get install" >&2
    exit 1
  fi
  echo "$me: $package $(dpkg-query -W -f='${Version}' "$package") installed"
done
