#!/usr/bin/env bash
# Remakes the LibreOffice-made fixtures of RegionalFormatsTests (needs LibreOffice Calc and python3:
# apt-get install -y libreoffice-calc-nogui). The outputs are committed, so the tests need neither.
# Every fixture holds the data of samples/uploads/44/projets-grand-est.csv (6 Grand Est projects),
# saved as a regional office would:
#   grand-est-latin9.csv  the sample opened in Calc (columns as text) and saved as CSV « Europe occidentale
#                         (ISO-8859-15) »: € is byte 0xA4; Calc writes « – » as « - », and the sample's narrow
#                         no-break spaces, which Latin-9 lacks, are no-break spaces first (Calc would write « ? »)
#   grand-est.xlsx        the sample typed in Calc (dates, amounts and counts as numbers), saved as XLSX
#   grand-est.xlsm        the same sheet saved as « Classeur Excel 2007-365 avec macros » (.xlsm)
#   grand-est-keur.xlsx   the same, amounts in thousands of euros under « Montant accordé (k€) » (93,5…)
#   grand-est-total.xlsx  the same, with a row « TOTAL » under the data: =SOMME(N2:N7) and =SOMME(O2:O7)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
sample="$repo/samples/uploads/44/projets-grand-est.csv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

# 1. Latin-9 CSV: every column imported as text (format 2), French locale, exported with character set 22
#    (RTL_TEXTENCODING_ISO_8859_15).
mkdir "$work/latin9"
sed 's/\xe2\x80\xaf/\xc2\xa0/g' "$sample" > "$work/grand-est-latin9.csv"
columns="$(seq -s/ 1 17 | sed 's/\([0-9]*\)/\1\/2/g')"
soffice "$profile" --headless --infilter="CSV:59,34,76,1,$columns,1036" \
  --convert-to 'csv:Text - txt - csv (StarCalc):59,34,22' --outdir "$work/latin9" "$work/grand-est-latin9.csv"

# 2. The sheets, written as flat ODS from the sample, then saved by Calc.
python3 - "$sample" "$work" <<'PY'
import csv, sys
from xml.sax.saxutils import escape
sample, work = sys.argv[1], sys.argv[2]
rows = list(csv.reader(open(sample, encoding="utf-8"), delimiter=";"))
header, data = rows[0], rows[1:]
AMOUNT, PLANNED = header.index("Montant accordé"), header.index("Ménages prévus")
NUMBERS = {header.index(h) for h in ("Départements", "Ménages prévus", "Durée (mois)")}
DATE = header.index("Date de décision")

def text(value):
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'

def number(value, style="", shown=None):
    s = f' table:style-name="{style}"' if style else ""
    return f'<table:table-cell{s} office:value-type="float" office:value="{value}"><text:p>{shown or value}</text:p></table:table-cell>'

def euros(value):
    return (f'<table:table-cell table:style-name="euros" office:value-type="currency" office:currency="EUR" office:value="{value}">'
            f'<text:p>{value} €</text:p></table:table-cell>')

def cell(i, value, thousands):
    if value == "":
        return "<table:table-cell/>"
    if i == AMOUNT:
        amount = value.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".")
        if thousands:
            figure = format(float(amount) / 1000, ".5f").rstrip("0").rstrip(".")
            return number(figure, "milliers", figure.replace(".", ","))
        return euros(amount)
    if i == DATE:
        d, m, y = value.split("/")
        return (f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{y}-{m}-{d}">'
                f'<text:p>{value}</text:p></table:table-cell>')
    if i in NUMBERS and value.isdigit():
        return number(value)
    return text(value)

def sheet(name, thousands=False, total=False):
    head = [h + " (k€)" if thousands and i == AMOUNT else h for i, h in enumerate(header)]
    body = ["<table:table-row>" + "".join(text(h) for h in head) + "</table:table-row>"]
    body += ["<table:table-row>" + "".join(cell(i, v, thousands) for i, v in enumerate(r)) + "</table:table-row>" for r in data]
    if total:
        # The cached results, as Calc and Excel save them with the formulas (the reader takes these).
        amounts = [float(r[AMOUNT].replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".")) for r in data]
        planned = sum(int(r[PLANNED]) for r in data if r[PLANNED])
        last = len(data) + 1
        total_row = [text("TOTAL")] + ["<table:table-cell/>"] * (AMOUNT - 1)
        total_row.append(f'<table:table-cell table:style-name="euros" table:formula="of:=SUM([.N2:.N{last}])" office:value-type="currency" '
                         f'office:currency="EUR" office:value="{sum(amounts):.2f}"><text:p>{sum(amounts):.2f} €</text:p></table:table-cell>')
        total_row.append(f'<table:table-cell table:formula="of:=SUM([.O2:.O{last}])" office:value-type="float" office:value="{planned}">'
                         f'<text:p>{planned}</text:p></table:table-cell>')
        body.append("<table:table-row>" + "".join(total_row) + "</table:table-row>")
    return (f'<table:table table:name="{name}">' + "".join(body) + "</table:table>")

def document(table):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="jjmmaaaa"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:currency-style style:name="eur" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol></number:currency-style>
<number:number-style style:name="k"><number:number number:decimal-places="5" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
<style:style style:name="date" style:family="table-cell" style:data-style-name="jjmmaaaa"/>
<style:style style:name="euros" style:family="table-cell" style:data-style-name="eur"/>
<style:style style:name="milliers" style:family="table-cell" style:data-style-name="k"/>
</office:automatic-styles>
<office:body><office:spreadsheet>{table}</office:spreadsheet></office:body></office:document>
'''

for name, table in (("grand-est", sheet("Projets 2021-2022")),
                    ("grand-est-keur", sheet("Projets 2021-2022", thousands=True)),
                    ("grand-est-total", sheet("Projets 2021-2022", total=True))):
    open(f"{work}/{name}.fods", "w", encoding="utf-8").write(document(table))
PY
for name in grand-est grand-est-keur grand-est-total; do
  soffice "$profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$work/$name.fods"
done
soffice "$profile" --headless --convert-to xlsm:"Calc MS Excel 2007 VBA XML" --outdir "$work" "$work/grand-est.fods"

cp "$work/latin9/grand-est-latin9.csv" "$work/grand-est.xlsx" "$work/grand-est.xlsm" "$work/grand-est-keur.xlsx" \
  "$work/grand-est-total.xlsx" "$here/"
echo "fixtures written to $here"
