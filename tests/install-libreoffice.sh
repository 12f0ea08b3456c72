#!/usr/bin/env sh
# LibreOffice Calc, headless, for the tests that open the summary workbook and the indicator exports
# (CSV, XLSX: tests/Fnavdl.Core.Tests/Cli/LibreOfficeCalc.cs) as a national analyst does
# (tests/Fnavdl.Core.Tests/Summary/LibreOfficeWorkbookTests.cs).
set -eu
if [ -x /usr/bin/soffice ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update
$SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y libreoffice-calc-nogui
