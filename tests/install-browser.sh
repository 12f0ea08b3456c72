#!/usr/bin/env sh
# The headless browser the summary's rendering test uses (tests/Fnavdl.Core.Tests/Summary/BrowserRenderingTests.cs).
set -eu
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
