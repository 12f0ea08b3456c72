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
#   grand-est.xls         the sheet of grand-est.xlsx saved as « Excel 97-2003 » (.xls, BIFF8)
#   grand-est-protege.xls the same saved with the password « secret » (a Basic macro: storeToURL with Password;
#                         --convert-to ignores a password): the workbook stream is RC4-encrypted
#   grand-est-habille.xls the same data as an office dresses it: a first sheet « Notice » without a header, then the
#                         sheet with a merged title row (A1:Q1), a blank row, the header on row 3, the column « Volet »
#                         hidden, and the workbook in the 1904 date system
#   grand-est.xlsb        grand-est.xlsx written as an Excel binary workbook by SheetJS (npm xlsx 0.18.5, installed in
#                         the temporary folder: needs node and npm): LibreOffice has no .xlsb export filter
#   grand-est-habille.xlsb  the dressed sheet in the 1900 date system, saved by Calc as .xlsx, then written as .xlsb by
#                         SheetJS (SheetJS 0.18.5 writes no 1904 flag in an .xlsb while keeping 1904 serials: its .xlsb
#                         of a 1904 workbook shows other dates in Excel; XlsbCellRulesTests reads a 1904 .xlsb made by hand)
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

def dressed(name):
    """The sheet as offices dress it: a merged title, a blank row, the header on row 3, « Volet » hidden."""
    body = sheet(name)
    columns = (f'<table:table-column table:number-columns-repeated="{len(header) - 1}"/>'
               '<table:table-column table:visibility="collapse"/>')
    title = (f'<table:table-row><table:table-cell table:number-columns-spanned="{len(header)}" office:value-type="string">'
             '<text:p>Bilan FNAVDL 2021-2022 — Grand Est</text:p></table:table-cell>'
             + "<table:covered-table-cell/>" * (len(header) - 1) + "</table:table-row><table:table-row><table:table-cell/></table:table-row>")
    start = body.index(">") + 1
    notice = ('<table:table table:name="Notice"><table:table-row>' + text("Bilan à renvoyer à la DREETS avant le 31 mars.")
              + '</table:table-row><table:table-row>' + text("Une ligne par projet, montants en euros.") + '</table:table-row></table:table>')
    return notice + body[:start] + columns + title + body[start:]

def document(table, settings=""):
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
<office:body><office:spreadsheet>{settings}{table}</office:spreadsheet></office:body></office:document>
'''

for name, table in (("grand-est", sheet("Projets 2021-2022")),
                    ("grand-est-keur", sheet("Projets 2021-2022", thousands=True)),
                    ("grand-est-total", sheet("Projets 2021-2022", total=True))):
    open(f"{work}/{name}.fods", "w", encoding="utf-8").write(document(table))
nineteen04 = '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>'
open(f"{work}/grand-est-habille.fods", "w", encoding="utf-8").write(document(dressed("Projets 2021-2022"), nineteen04))
open(f"{work}/grand-est-habille-1900.fods", "w", encoding="utf-8").write(document(dressed("Projets 2021-2022")))
PY
for name in grand-est grand-est-keur grand-est-total; do
  soffice "$profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$work/$name.fods"
done
soffice "$profile" --headless --convert-to xlsm:"Calc MS Excel 2007 VBA XML" --outdir "$work" "$work/grand-est.fods"

# 3. Excel 97-2003: converted by Calc; the protected one saved by a Basic macro of the temporary profile.
soffice "$profile" --headless --convert-to xls:"MS Excel 97" --outdir "$work" "$work/grand-est.fods"
soffice "$profile" --headless --convert-to xls:"MS Excel 97" --outdir "$work" "$work/grand-est-habille.fods"
mkdir -p "$work/profile/user/basic/Standard"
cat > "$work/profile/user/basic/Standard/script.xlb" <<'XLB'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
</library:library>
XLB
cat > "$work/profile/user/basic/Standard/Module1.xba" <<'XBA'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveWithPassword(source As String, target As String, filter As String, password As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, load())
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = filter
  store(1).Name = &quot;Password&quot;
  store(1).Value = password
  doc.storeToURL(ConvertToURL(target), store())
  doc.close(True)
End Sub
</script:module>
XBA
soffice "$profile" --headless "macro:///Standard.Module1.SaveWithPassword(\"$work/grand-est.fods\",\"$work/grand-est-protege.xls\",\"MS Excel 97\",\"secret\")"
test -s "$work/grand-est-protege.xls"

# 4. Excel binary workbooks, written by SheetJS from Calc's XLSX (Calc cannot write .xlsb).
soffice "$profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$work/grand-est-habille-1900.fods"
npm install --silent --no-save --no-audit --no-fund --prefix "$work/sheetjs" xlsx@0.18.5
NODE_PATH="$work/sheetjs/node_modules" node -e '
const X = require("xlsx");
for (const [from, to] of [[process.argv[1], process.argv[2]], [process.argv[3], process.argv[4]]])
  X.writeFile(X.readFile(from, { cellNF: true, cellStyles: true }), to, { bookType: "xlsb" });
' "$work/grand-est.xlsx" "$work/grand-est.xlsb" "$work/grand-est-habille-1900.xlsx" "$work/grand-est-habille.xlsb"

cp "$work/grand-est.xls" "$work/grand-est-protege.xls" "$work/grand-est-habille.xls" "$work/grand-est.xlsb" "$work/grand-est-habille.xlsb" "$here/"
cp "$work/latin9/grand-est-latin9.csv" "$work/grand-est.xlsx" "$work/grand-est.xlsm" "$work/grand-est-keur.xlsx" \
  "$work/grand-est-total.xlsx" "$here/"
echo "fixtures written to $here"
