#!/usr/bin/env bash
# Remakes the LibreOffice-made fixtures of OdsReportReaderTests (needs LibreOffice Calc:
# apt-get install -y libreoffice-calc-nogui). The outputs are committed, so the tests need no LibreOffice.
#   types-repetitions.ods / .xlsx  <- types-repetitions.fods (hand-written flat ODS, this folder)
#   bilan-idf-2021.ods             <- samples/uploads/11/bilan-fnavdl-2021.xlsx (the Île-de-France sample)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

cp "$here/types-repetitions.fods" "$work/"
soffice "$profile" --headless --convert-to ods --outdir "$work" "$work/types-repetitions.fods"
soffice "$profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$work/types-repetitions.fods"
cp "$repo/samples/uploads/11/bilan-fnavdl-2021.xlsx" "$work/bilan-idf-2021.xlsx"
soffice "$profile" --headless --convert-to ods --outdir "$work" "$work/bilan-idf-2021.xlsx"

cp "$work/types-repetitions.ods" "$work/types-repetitions.xlsx" "$work/bilan-idf-2021.ods" "$here/"
echo "fixtures written to $here"
