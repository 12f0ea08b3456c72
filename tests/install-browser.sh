#!/bin/sh
# The headless browser of the browser tests (/usr/bin/chromium: tests/Fnavdl.Core.Tests/Summary/BrowserRenderingTests.cs,
# AccessibilityTests.cs, tests/Fnavdl.FrontDoor.Tests/BrowserFixture.cs): Debian's chromium, if missing.
set -eu
case "$0" in */*) here="${0%/*}" ;; *) here="." ;; esac
exec /bin/sh "$here/install-debian-packages.sh" chromium
