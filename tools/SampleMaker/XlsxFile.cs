using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace SampleMaker;

/// <summary>A cell of a generated sheet, typed as Excel would store it.</summary>
public abstract record XCell
{
    public sealed record Text(string Value) : XCell;
    /// <summary>A number; <paramref name="Style"/> picks the display format (General, amount, integer).</summary>
    public sealed record Number(double Value, XStyle Style = XStyle.General) : XCell;
    /// <summary>A date cell: an Excel serial number with a date format, as Excel stores it.</summary>
    public sealed record Date(DateOnly Value) : XCell;
    public sealed record Bold(string Value) : XCell;
    public sealed record Title(string Value) : XCell;

    // A missing text stays an empty cell rather than an empty string.
    public static implicit operator XCell?(string? value) => value is null ? null : new Text(value);
}

public enum XStyle { General = 0, Date = 1, Amount = 2, Bold = 3, Title = 4 }

/// <summary>
/// A minimal SpreadsheetML writer (shared strings, styles, merged cells). Written by hand rather than
/// through System.IO.Packaging so that the bytes are reproducible: fixed zip entry times, fixed
/// document properties, entries in a fixed order.
/// </summary>
public sealed class XlsxFile
{
    private static readonly DateTimeOffset FixedTime = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private readonly List<Sheet> _sheets = [];

    public sealed class Sheet(string name)
    {
        public string Name { get; } = name;
        internal SortedDictionary<int, IReadOnlyList<XCell?>> Rows { get; } = [];
        internal List<string> Merges { get; } = [];
        internal List<double> ColumnWidths { get; } = [];

        public Sheet Row(int rowNumber, params IReadOnlyList<XCell?> cells) { Rows[rowNumber] = cells; return this; }
        public Sheet Merge(string range) { Merges.Add(range); return this; }
        public Sheet Widths(params double[] widths) { ColumnWidths.AddRange(widths); return this; }
    }

    public string Creator { get; init; } = "DREETS";

    public Sheet AddSheet(string name)
    {
        var sheet = new Sheet(name);
        _sheets.Add(sheet);
        return sheet;
    }

    public static double Serial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    public void Save(string path)
    {
        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string s)
        {
            if (!stringIndex.TryGetValue(s, out var i)) { i = strings.Count; strings.Add(s); stringIndex[s] = i; }
            return i;
        }

        var sheetXml = _sheets.Select(s => SheetXml(s, Intern)).ToList();
        var parts = new List<(string Name, string Xml)>
        {
            ("[Content_Types].xml", ContentTypes()),
            ("_rels/.rels", RootRels),
            ("docProps/app.xml", AppXml()),
            ("docProps/core.xml", CoreXml()),
            ("xl/workbook.xml", WorkbookXml()),
            ("xl/_rels/workbook.xml.rels", WorkbookRels()),
            ("xl/styles.xml", StylesXml),
        };
        for (var i = 0; i < sheetXml.Count; i++) parts.Add(($"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]));
        parts.Add(("xl/sharedStrings.xml", SharedStringsXml(strings)));

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(new UTF8Encoding(false).GetBytes(xml));
            }
        }
        File.WriteAllBytes(path, buffer.ToArray());
    }

    private static string Esc(string s) => SecurityElement.Escape(s);

    private static string SheetXml(Sheet sheet, Func<string, int> intern)
    {
        var x = new StringBuilder();
        x.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""").Append('\n');
        x.Append("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        if (sheet.ColumnWidths.Count > 0)
        {
            x.Append("<cols>");
            for (var i = 0; i < sheet.ColumnWidths.Count; i++)
                x.Append(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{sheet.ColumnWidths[i]}" customWidth="1"/>""");
            x.Append("</cols>");
        }
        x.Append("<sheetData>");
        foreach (var (r, cells) in sheet.Rows)
        {
            x.Append(CultureInfo.InvariantCulture, $"""<row r="{r}">""");
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell is null) continue;
                var reference = ColumnName(c) + r.ToString(CultureInfo.InvariantCulture);
                x.Append(cell switch
                {
                    XCell.Text t => $"""<c r="{reference}" t="s"><v>{intern(t.Value)}</v></c>""",
                    XCell.Bold b => $"""<c r="{reference}" s="{(int)XStyle.Bold}" t="s"><v>{intern(b.Value)}</v></c>""",
                    XCell.Title t => $"""<c r="{reference}" s="{(int)XStyle.Title}" t="s"><v>{intern(t.Value)}</v></c>""",
                    XCell.Number n => $"""<c r="{reference}"{StyleAttr(n.Style)}><v>{n.Value.ToString("R", CultureInfo.InvariantCulture)}</v></c>""",
                    XCell.Date d => $"""<c r="{reference}" s="{(int)XStyle.Date}"><v>{Serial(d.Value).ToString(CultureInfo.InvariantCulture)}</v></c>""",
                    _ => throw new InvalidOperationException(),
                });
            }
            x.Append("</row>");
        }
        x.Append("</sheetData>");
        if (sheet.Merges.Count > 0)
        {
            x.Append(CultureInfo.InvariantCulture, $"""<mergeCells count="{sheet.Merges.Count}">""");
            foreach (var m in sheet.Merges) x.Append(CultureInfo.InvariantCulture, $"""<mergeCell ref="{m}"/>""");
            x.Append("</mergeCells>");
        }
        x.Append("""<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>""");
        return x.ToString();
    }

    private static string StyleAttr(XStyle style) => style == XStyle.General ? "" : $" s=\"{(int)style}\"";

    private static string SharedStringsXml(List<string> strings)
    {
        var x = new StringBuilder();
        x.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""").Append('\n');
        x.Append(CultureInfo.InvariantCulture, $"""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{strings.Count}" uniqueCount="{strings.Count}">""");
        foreach (var s in strings)
        {
            var space = s != s.Trim() || s.Contains('\n') ? " xml:space=\"preserve\"" : "";
            x.Append(CultureInfo.InvariantCulture, $"<si><t{space}>{Esc(s)}</t></si>");
        }
        x.Append("</sst>");
        return x.ToString();
    }

    private string ContentTypes()
    {
        var x = new StringBuilder();
        x.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""").Append('\n');
        x.Append("""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""");
        x.Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""");
        x.Append("""<Default Extension="xml" ContentType="application/xml"/>""");
        x.Append("""<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        for (var i = 0; i < _sheets.Count; i++)
            x.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        x.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        x.Append("""<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        x.Append("""<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>""");
        x.Append("""<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>""");
        x.Append("</Types>");
        return x.ToString();
    }

    private const string RootRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """;

    private static string AppXml() => """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>
        """;

    // Fixed dates: a real file carries its author's clock, a reproducible sample cannot.
    private string CoreXml() => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{Esc(Creator)}</dc:creator><cp:lastModifiedBy>{Esc(Creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2022-01-10T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2022-01-10T09:00:00Z</dcterms:modified></cp:coreProperties>
        """;

    private string WorkbookXml()
    {
        var x = new StringBuilder();
        x.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""").Append('\n');
        x.Append("""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (var i = 0; i < _sheets.Count; i++)
            x.Append(CultureInfo.InvariantCulture, $"""<sheet name="{Esc(_sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
        x.Append("</sheets></workbook>");
        return x.ToString();
    }

    private string WorkbookRels()
    {
        var x = new StringBuilder();
        x.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""").Append('\n');
        x.Append("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 0; i < _sheets.Count; i++)
            x.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""");
        var n = _sheets.Count;
        x.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        x.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
        x.Append("</Relationships>");
        return x.ToString();
    }

    // Style indexes follow XStyle: 0 General, 1 date dd/mm/yyyy, 2 amount "# ##0,00 €", 3 bold, 4 title.
    private const string StylesXml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00\ &quot;€&quot;"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """;
}
