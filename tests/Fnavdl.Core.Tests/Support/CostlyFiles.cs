using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// Small files whose declared sizes (column letters, row numbers, repeat counts, key counts, shared
/// strings) are out of proportion with their bytes, written raw: the cost model's tests and
/// property generators. The header is the `projets` one, so that validation reads on past it.
/// </summary>
public static class CostlyFiles
{
    public const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A `projets` header a region writes (the minimal required columns).</summary>
    public static readonly string[] Header =
        ["appel_a_projets", "id_projet", "intitule", "porteur", "type_porteur", "thematiques", "departements", "montant_accorde", "annee"];

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>The header row of an XLSX sheet, as inline strings.</summary>
    public static string XlsxHeaderRow() =>
        "<row r=\"1\">" + string.Concat(Header.Select(h => $"<c t=\"inlineStr\"><is><t>{h}</t></is></c>")) + "</row>";

    /// <summary>An XLSX whose sheets hold the given <c>sheetData</c> contents, with an optional shared-string table.</summary>
    public static byte[] Xlsx(IReadOnlyList<string> sheetData, IEnumerable<string>? sharedStrings = null)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var book = new StringBuilder($"<?xml version=\"1.0\"?><workbook xmlns=\"{SheetNs}\" xmlns:r=\"{RelNs}\"><sheets>");
            var rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var i = 1; i <= sheetData.Count; i++)
            {
                book.Append(CultureInfo.InvariantCulture, $"<sheet name=\"F{i}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i}\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
                Entry(zip, $"xl/worksheets/sheet{i}.xml", $"<?xml version=\"1.0\"?><worksheet xmlns=\"{SheetNs}\"><sheetData>{sheetData[i - 1]}</sheetData></worksheet>");
            }
            Entry(zip, "xl/workbook.xml", book.Append("</sheets></workbook>").ToString());
            Entry(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
            if (sharedStrings is not null)
                Entry(zip, "xl/sharedStrings.xml", $"<?xml version=\"1.0\"?><sst xmlns=\"{SheetNs}\">"
                    + string.Concat(sharedStrings.Select(s => $"<si><t>{s}</t></si>")) + "</sst>");
        }
        return output.ToArray();
    }

    /// <summary>The header row of an ODS table.</summary>
    public static string OdsHeaderRow() =>
        "<table:table-row>" + string.Concat(Header.Select(h => $"<table:table-cell office:value-type=\"string\"><text:p>{h}</text:p></table:table-cell>"))
        + "</table:table-row>";

    /// <summary>An ODS whose content.xml holds one table per given rows.</summary>
    public static byte[] Ods(IReadOnlyList<string> tables)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var stream = mimetype.Open()) stream.Write("application/vnd.oasis.opendocument.spreadsheet"u8);
            Entry(zip, "content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:spreadsheet>"
                + string.Concat(tables.Select((rows, i) => $"<table:table table:name=\"F{i + 1}\">{rows}</table:table>"))
                + "</office:spreadsheet></office:body></office:document-content>");
        }
        return output.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Utf8(text));
    }

    /// <summary>Issue 17, point 2: one line of <paramref name="count"/> semicolons.</summary>
    public static byte[] CsvOfDelimiters(int count) => Utf8(new string(';', count));

    /// <summary>Issue 17, point 3: a header object with <paramref name="keys"/> more keys, then <paramref name="empty"/> empty objects.</summary>
    public static byte[] JsonKeysThenEmptyObjects(int keys, int empty)
    {
        var json = new StringBuilder("[{");
        json.AppendJoin(',', Header.Select(h => $"\"{h}\":\"\""));
        for (var i = 0; i < keys; i++) json.Append(CultureInfo.InvariantCulture, $",\"col{i:000000}\":1");
        json.Append('}');
        for (var i = 0; i < empty; i++) json.Append(",{}");
        return Utf8(json.Append(']').ToString());
    }

    /// <summary>Issue 17, point 4: a header, then <paramref name="rows"/> rows of one cell at column XFD.</summary>
    public static byte[] XlsxCellsAtLastColumn(int rows) =>
        Xlsx([XlsxHeaderRow() + string.Concat(Enumerable.Range(2, rows).Select(r => $"<row r=\"{r}\"><c r=\"XFD{r}\"><v>1</v></c></row>"))]);

    /// <summary>Issue 17, point 5: a header and a row, then <paramref name="count"/> shared strings of <paramref name="length"/> characters.</summary>
    public static byte[] XlsxLongSharedStrings(int count, int length) =>
        Xlsx([XlsxHeaderRow() + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"],
            Enumerable.Range(0, count).Select(i => new string('a', length) + i));

    /// <summary>Rows of 16 384 repeated non-empty cells, each row repeated <paramref name="repeat"/> times.</summary>
    public static byte[] OdsRepeatedCells(int rows, int repeat) =>
        Ods([OdsHeaderRow() + string.Concat(Enumerable.Repeat(
            $"<table:table-row table:number-rows-repeated=\"{repeat}\"><table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>",
            rows))]);

    /// <summary><paramref name="sheets"/> tables of two rows, none a header.</summary>
    public static byte[] OdsManySheets(int sheets) =>
        Ods([.. Enumerable.Repeat("<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>", sheets)]);
}
