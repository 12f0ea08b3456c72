#!/bin/sh
# LibreOffice Calc, headless (/usr/bin/soffice), for the tests that open the summary workbook, the
# templates and the indicator exports as a national analyst does (tests/Fnavdl.Cli.Tests/LibreOfficeCalc.cs,
# Summary/LibreOfficeWorkbookTests.cs, FrontDoor/LibreOfficeTemplateTests.cs), if missing.
set -eu
case "$0" in */*) here="${0%/*}" ;; *) here="." ;; esac
exec /bin/sh "$here/install-debian-packages.sh" libreoffice-calc-nogui
