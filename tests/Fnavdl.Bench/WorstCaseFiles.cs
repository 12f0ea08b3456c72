using System.Globalization;
using System.IO.Compression;
using System.Text;

using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Bench;

/// <summary>
/// The most expensive uploads per byte the team could think of, per format: each written to about a
/// target size (a zip's compressed size for XLSX and ODS), with the `projets` header where a header
/// makes the validator read on. What each one attacks is its <see cref="Case.What"/>.
/// </summary>
internal static class WorstCaseFiles
{
    /// <summary>A case: its name, extension, what it attacks, and how to write it to about <c>target</c> bytes.</summary>
    public sealed record Case(string Name, string Extension, string What, Action<string, long> Write);

    /// <summary>Largest XML a zip case inflates to: under the 500 MiB setting, so the cost model, not the declared-size check, decides.</summary>
    private const long MaxXmlBytes = 400L * 1024 * 1024;

    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly string CsvHeader = string.Join(';', ProjetsRows.Header);

    public static IReadOnlyList<Case> All { get; } =
    [
        new("csv-delimiters", ".csv", "one line of nothing but ';' (issue 17, point 2)", (path, target) =>
            Text(path, target, w => w.Write(';'))),
        new("csv-wide-row", ".csv", "one line of 500 000 one-letter cells, then more", (path, target) =>
            Text(path, target, w => w.Write("a;"))),
        new("csv-30-wide-rows", ".csv", "30 lines of 17 000 cells: the header search reads all 30", (path, target) =>
        {
            var line = string.Concat(Enumerable.Repeat("a;", (int)(target / 30 / 2))) + "\n";
            File.WriteAllText(path, string.Concat(Enumerable.Repeat(line, 30)));
        }),
        new("csv-tiny-rows", ".csv", "header, then rows of one byte: 9 missing values each", (path, target) =>
            Text(path, target, w => w.Write("x\n"), CsvHeader + "\n")),
        new("csv-every-cell-wrong", ".csv", "header, then rows whose 16 cells are all invalid", (path, target) =>
            Text(path, target, w => w.Write("x;x;x;x;x;x;x;x;x;x;x;x;x;x;x;x\n"), CsvHeader + "\n")),
        new("csv-far-cell", ".csv", "header, then rows with one value 1 000 columns out", (path, target) =>
        {
            var row = new string(';', 1000) + "x\n";
            Text(path, target, w => w.Write(row), CsvHeader + "\n");
        }),

        new("json-keys-then-empty", ".json", "an object of 100 000 keys, then empty objects (issue 17, point 3)", (path, target) =>
        {
            var first = "[{" + string.Join(',', ProjetsRows.Header.Select(h => $"\"{h}\":\"\""))
                + string.Concat(Enumerable.Range(0, 100_000).Select(i => $",\"col{i:000000}\":1")) + "}";
            Text(path, target, w => w.Write(",{}"), first, "]");
        }),
        new("json-tiny-objects", ".json", "header object, then one-key objects: 9 missing values each", (path, target) =>
            Text(path, target, w => w.Write(",{\"x\":1}"), "[{" + string.Join(',', ProjetsRows.Header.Select(h => $"\"{h}\":\"\"")) + "}", "]")),
        new("json-duplicate-keys", ".json", "one object repeating one key 200 000 times", (path, target) =>
            Text(path, target, w => w.Write(",\"Intitulé du projet\":1"),
                "[{" + string.Join(',', ProjetsRows.Header.Select(h => $"\"{h}\":\"\"")), "}]")),
        new("json-deep-cells", ".json", "cells holding objects nested 60 deep", (path, target) =>
        {
            var deep = string.Concat(Enumerable.Repeat("{\"a\":", 60)) + "1" + new string('}', 60);
            Text(path, target, w => w.Write($",{{\"Intitulé du projet\":{deep},\"N° projet\":{deep}}}"),
                "[{" + string.Join(',', ProjetsRows.Header.Select(h => $"\"{h}\":\"\"")) + "}", "]");
        }),
        new("json-long-lists", ".json", "a list cell of 300 000 items", (path, target) =>
            Text(path, target, w => w.Write(",\"a\""), "[{" + string.Join(',', ProjetsRows.Header.Select(h => $"\"{h}\":\"\"")) + ",\"Thématique(s)\":[\"a\"", "]}]")),

        new("xlsx-far-cells", ".xlsx", "header, then rows holding one cell at column XFD (issue 17, point 4)", (path, target) =>
            Xlsx(path, target, 1, (_, row) => $"<row r=\"{row}\"><c r=\"XFD{row}\"><v>1</v></c></row>")),
        new("xlsx-shared-strings", ".xlsx", "9 000 shared strings of 32 000 characters (issue 17, point 5)", (path, target) =>
            Xlsx(path, target, 1, (_, row) => row == 2 ? "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>" : null,
                sharedStrings: i => i < 9000 ? new string('a', 32_000) + i.ToString(CultureInfo.InvariantCulture) : null)),
        new("xlsx-dense-repeats", ".xlsx", "header, then identical full rows: deflate's best ratio", (path, target) =>
            Xlsx(path, target, 1, (_, row) => "<row>" + string.Concat(Enumerable.Repeat("<c><v>1</v></c>", 16)) + "</row>")),
        new("xlsx-inline-no-ref", ".xlsx", "rows of inline-string cells without r", (path, target) =>
            Xlsx(path, target, 1, (_, row) => "<row>" + string.Concat(Enumerable.Repeat("<c t=\"inlineStr\"><is><t>x</t></is></c>", 16)) + "</row>")),
        new("xlsx-huge-formulas", ".xlsx", "cells whose formula is 1 MB long", (path, target) =>
        {
            var formula = "<row><c><f>" + new string('A', 1 << 20) + "</f><v>1</v></c></row>";
            Xlsx(path, target, 1, (_, _) => formula);
        }),
        new("xlsx-long-inline-text", ".xlsx", "one inline string of 300 MB", (path, target) =>
        {
            var chunk = new string('a', 1 << 20);
            Xlsx(path, target, 1, (_, row) => row == 2 ? "<row><c t=\"inlineStr\"><is><t>" : chunk, tail: "</t></is></c></row>");
        }),
        new("xlsx-many-sheets", ".xlsx", "thousands of sheets, no header, 30 rows of a cell at XFD each", (path, target) =>
            Xlsx(path, target, 20_000, (_, row) => row <= 31 ? $"<row r=\"{row}\"><c r=\"XFD{row}\"><v>1</v></c></row>" : null, header: false)),
        new("xlsx-last-row-sheets", ".xlsx", "thousands of sheets whose one row is the last (1 048 576)", (path, target) =>
            Xlsx(path, target, 20_000, (_, row) => row == 2 ? "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>" : null, header: false)),

        new("ods-repeated-cells", ".ods", "rows of 16 384 repeated non-empty cells, each row repeated 1 000 times", (path, target) =>
            Ods(path, target, 1, (_, _) => "<table:table-row table:number-rows-repeated=\"1000\"><table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>")),
        new("ods-far-cells", ".ods", "rows of 16 000 repeated empty cells then one value", (path, target) =>
            Ods(path, target, 1, (_, _) => "<table:table-row><table:table-cell table:number-columns-repeated=\"16000\"/><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>")),
        new("ods-many-sheets", ".ods", "thousands of sheets without a header", (path, target) =>
            Ods(path, target, 50_000, (_, row) => row <= 2 ? "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>" : null, header: false)),
        new("ods-spaces", ".ods", "cells of 32 767 text:s spaces, many rows", (path, target) =>
            Ods(path, target, 1, (_, _) => "<table:table-row><table:table-cell><text:p><text:s text:c=\"32000\"/></text:p></table:table-cell></table:table-row>")),

        new("xls-last-column", ".xls", "header, then rows of one number at column IV: 256 slots a row in ExcelDataReader", (path, target) =>
            Sized(path, target, n => CostlyBinaryWorkbooks.XlsCellsAtLastColumn(ProjetsRows.Header, n))),
        new("xls-declared-sheets", ".xls", "sheets declaring 65 536 rows × 256 columns, one value on the last row", (path, target) =>
            Sized(path, target, CostlyBinaryWorkbooks.XlsDeclaredSheets)),
        new("xls-shared-strings", ".xls", "8 shared strings of 32 000 characters, each referenced thousands of times", (path, target) =>
            Sized(path, target, n => CostlyBinaryWorkbooks.XlsLongSharedStrings(ProjetsRows.Header, 8, 32_000, n), start: 20_000)),
        new("xls-dense-rows", ".xls", "header, then rows of 256 numbers (MULRK, 6 bytes a cell)", (path, target) =>
            Sized(path, target, n => CostlyBinaryWorkbooks.XlsDenseRows(ProjetsRows.Header, n))),
        new("xlsb-last-column", ".xlsb", "header, then rows of one number at column XFD", (path, target) =>
            Sized(path, target, n => CostlyBinaryWorkbooks.XlsbCellsAtLastColumn(ProjetsRows.Header, n))),
        new("xlsb-dense-short", ".xlsb", "header, then rows of 16 short numbers: deflate's best ratio", (path, target) =>
            Sized(path, target, n => CostlyBinaryWorkbooks.XlsbDenseShortCells(ProjetsRows.Header, n), start: 100_000)),
        new("xlsb-shared-strings", ".xlsb", "7 000 shared strings of 32 000 characters (under the 500 MiB setting)", (path, _) =>
            File.WriteAllBytes(path, CostlyBinaryWorkbooks.XlsbLongSharedStrings(ProjetsRows.Header, 7_000, 32_000))),
        new("xlsb-huge-record", ".xlsb", "header, rows, then a record declaring 256 MB that is not there", (path, target) =>
            Sized(path, target, n => CostlyBinaryWorkbooks.XlsbHugeRecord(ProjetsRows.Header, n))),
        new("xlsb-many-sheets", ".xlsb", "thousands of sheets whose one cell is at XFD1048576, no header", (path, target) =>
            Sized(path, target, CostlyBinaryWorkbooks.XlsbManySheets, start: 2_000)),
    ];

    /// <summary>
    /// A workbook written by <paramref name="make"/> from a count (rows, sheets, references): made once at
    /// <paramref name="start"/>, then again at the count its size says would reach <paramref name="target"/> bytes.
    /// </summary>
    private static void Sized(string path, long target, Func<int, byte[]> make, int start = 1_000)
    {
        var first = make(start);
        var count = (int)Math.Max(1, start * (double)target / first.Length);
        File.WriteAllBytes(path, count == start ? first : make(count));
    }

    /// <summary>A text file: <paramref name="head"/>, then <paramref name="unit"/> until <paramref name="target"/> bytes, then <paramref name="tail"/>.</summary>
    private static void Text(string path, long target, Action<StreamWriter> unit, string head = "", string tail = "")
    {
        using var file = new StreamWriter(path, false, new UTF8Encoding(false));
        file.Write(head);
        while (file.BaseStream.Position < target - tail.Length)
        {
            for (var i = 0; i < 256; i++) unit(file);
            file.Flush();
        }
        file.Write(tail);
    }

    /// <summary>
    /// An XLSX of <paramref name="sheets"/> sheets; each sheet's rows come from <paramref name="row"/> (sheet, row number from 2;
    /// null ends the sheet) until the zip reaches <paramref name="target"/> bytes or the XML <see cref="MaxXmlBytes"/>.
    /// </summary>
    private static void Xlsx(string path, long target, int sheets, Func<int, int, string?> row, bool header = true,
        Func<int, string?>? sharedStrings = null, string tail = "")
    {
        using var output = File.Create(path);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var written = 0;
            var xml = 0L;
            var full = false;
            if (sharedStrings is not null)
            {
                using var shared = Entry(zip, "xl/sharedStrings.xml");
                shared.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{SheetNs}\">");
                for (var i = 0; sharedStrings(i) is { } text; i++) shared.Write($"<si><t>{text}</t></si>");
                shared.Write("</sst>");
            }
            for (var sheet = 1; sheet <= sheets && !full; sheet++)
            {
                using (var part = Entry(zip, $"xl/worksheets/sheet{sheet}.xml"))
                {
                    part.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{SheetNs}\"><sheetData>");
                    if (header)
                    {
                        part.Write("<row r=\"1\">");
                        foreach (var text in ProjetsRows.Header) part.Write($"<c t=\"inlineStr\"><is><t>{text}</t></is></c>");
                        part.Write("</row>");
                    }
                    for (var r = 2; row(sheet, r) is { } unit; r++)
                    {
                        part.Write(unit);
                        xml += unit.Length;
                        if ((r & 255) == 0)
                        {
                            part.Flush();
                            if (output.Position >= target || xml >= MaxXmlBytes) { full = true; break; }
                        }
                    }
                    part.Write(tail + "</sheetData></worksheet>");
                }
                written = sheet;
                output.Flush();
                if (output.Position >= target) full = true;
            }
            using (var book = Entry(zip, "xl/workbook.xml"))
            {
                book.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{SheetNs}\" xmlns:r=\"{RelNs}\"><sheets>");
                for (var s = 1; s <= written; s++) book.Write($"<sheet name=\"F{s}\" sheetId=\"{s}\" r:id=\"rId{s}\"/>");
                book.Write("</sheets></workbook>");
            }
            using var rels = Entry(zip, "xl/_rels/workbook.xml.rels");
            rels.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var s = 1; s <= written; s++) rels.Write($"<Relationship Id=\"rId{s}\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet{s}.xml\"/>");
            rels.Write("</Relationships>");
        }
    }

    /// <summary>An ODS whose content.xml holds <paramref name="sheets"/> tables of rows from <paramref name="row"/>, as <see cref="Xlsx"/>.</summary>
    private static void Ods(string path, long target, int sheets, Func<int, int, string?> row, bool header = true)
    {
        using var output = File.Create(path);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
        using (var m = new StreamWriter(mimetype.Open(), Encoding.ASCII)) m.Write("application/vnd.oasis.opendocument.spreadsheet");
        using var content = Entry(zip, "content.xml");
        content.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            + "<office:body><office:spreadsheet>");
        var xml = 0L;
        var full = false;
        for (var sheet = 1; sheet <= sheets && !full; sheet++)
        {
            content.Write($"<table:table table:name=\"F{sheet}\">");
            if (header)
            {
                content.Write("<table:table-row>");
                foreach (var text in ProjetsRows.Header) content.Write($"<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>");
                content.Write("</table:table-row>");
            }
            for (var r = 2; row(sheet, r) is { } unit; r++)
            {
                content.Write(unit);
                xml += unit.Length;
                if ((r & 255) == 0)
                {
                    content.Flush();
                    if (output.Position >= target || xml >= MaxXmlBytes) { full = true; break; }
                }
            }
            content.Write("</table:table>");
            if ((sheet & 63) == 0)
            {
                content.Flush();
                if (output.Position >= target) full = true;
            }
        }
        content.Write("</office:spreadsheet></office:body></office:document-content>");
    }

    private static StreamWriter Entry(ZipArchive zip, string name) =>
        new(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
}
