#!/usr/bin/env sh
# LibreOffice Calc, headless: the export tests open the CSV and XLSX in it as a French user would
# (tests/Fnavdl.Core.Tests/Cli/LibreOfficeCalc.cs).
set -eu
if [ -x /usr/bin/soffice ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends libreoffice-calc-nogui
