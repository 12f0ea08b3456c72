#!/usr/bin/env bash
# The README's test command: on a Debian machine with only the .NET SDK and Node.js/npm, installs what
# the tests need and is missing, then runs every test. Arguments go to `dotnet test` (e.g. --filter X).
#   Azurite        npm ci (package-lock.json pinned), when node_modules is absent or older than the lock
#   Chromium       Debian's chromium (/usr/bin/chromium), for the browser and accessibility tests
#   LibreOffice    Debian's libreoffice-calc-nogui (/usr/bin/soffice), for the spreadsheet tests
#   Bicep          infra/check.sh restores the compiler from NuGet, lints and builds infra/bin/main.json
# The Debian packages are installed with apt-get as root (through sudo when not root), only if missing,
# while npm, Bicep and the build run: only the tests need them.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

debian_log=$(mktemp)
/bin/sh tests/install-debian-packages.sh chromium libreoffice-calc-nogui >"$debian_log" 2>&1 &
debian=$!

if [ -x node_modules/.bin/azurite ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "test.sh: Azurite already installed (node_modules newer than package-lock.json)"
else
  echo "test.sh: npm ci (Azurite)"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "test.sh: Azurite ready (${SECONDS} s)"

bash infra/check.sh
echo "test.sh: Bicep checked (${SECONDS} s)"

dotnet build Pipeline.sln
echo "test.sh: built (${SECONDS} s)"

debian_status=0
wait "$debian" || debian_status=$?
cat "$debian_log"
rm -f "$debian_log"
if [ "$debian_status" -ne 0 ]; then
  echo "test.sh: Chromium and LibreOffice could not be installed (exit $debian_status, above)" >&2
  exit "$debian_status"
fi
echo "test.sh: Chromium and LibreOffice ready (${SECONDS} s); dotnet test Pipeline.sln $*"

dotnet test Pipeline.sln --no-build "$@"
