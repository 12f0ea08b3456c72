using System.IO.Compression;
using System.Xml;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>One sheet as <c>xl/workbook.xml</c> lists it: its name and its part in the package (null when none).</summary>
internal sealed record XlsxSheet(string? Name, string? RelationshipId)
{
    public string? Path { get; set; }
}

/// <summary>
/// An XLSX package opened once: its sheets in workbook order, its date system, its cell formats
/// and its shared strings. Sheets' rows are not touched here: each enumeration streams its part.
/// </summary>
/// <remarks>The parts are the ones ExcelDataReader reads, at the same fixed paths, walked the same way.</remarks>
internal sealed class XlsxWorkbook
{
    private readonly Dictionary<string, ZipArchiveEntry> _parts;
    private readonly ReadBudget _budget;

    private XlsxWorkbook(Dictionary<string, ZipArchiveEntry> parts, IReadOnlyList<XlsxSheet> sheets, bool date1904, XlsxCellFormats formats,
        XlsxSharedStrings strings, ReadBudget budget)
    {
        _parts = parts;
        _budget = budget;
        Sheets = sheets;
        Date1904 = date1904;
        Formats = formats;
        SharedStrings = strings;
    }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>Serial day 0 is 1904-01-01 (old Mac workbooks) instead of 1899-12-30.</summary>
    public bool Date1904 { get; }

    public XlsxCellFormats Formats { get; }

    public XlsxSharedStrings SharedStrings { get; }

    /// <summary>Reads the workbook's parts, each through <paramref name="budget"/>; throws <see cref="XmlException"/> or <see cref="InvalidDataException"/> for a damaged one.</summary>
    public static XlsxWorkbook Open(Stream content, ReadBudget budget)
    {
        var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var parts = PackageParts.Index(zip, budget);
        using var workbookPart = Part(parts, "xl/workbook.xml", budget)
            ?? throw new InvalidDataException("No xl/workbook.xml: not a workbook.");
        var (sheets, date1904) = ReadWorkbook(workbookPart);
        using (var relationships = Part(parts, "xl/_rels/workbook.xml.rels", budget))
        {
            if (relationships is not null) ReadRelationships(relationships, sheets);
        }
        var strings = new XlsxSharedStrings();
        using (var sharedStrings = Part(parts, "xl/sharedStrings.xml", budget))
        {
            if (sharedStrings is not null) ReadSharedStrings(sharedStrings, strings, budget);
        }
        var formats = XlsxCellFormats.None;
        using (var styles = Part(parts, "xl/styles.xml", budget))
        {
            if (styles is not null) formats = XlsxCellFormats.Read(styles);
        }
        return new XlsxWorkbook(parts, sheets, date1904, formats, strings, budget);
    }

    /// <summary>The XML of a sheet's part, or null when the sheet has none.</summary>
    public XmlReader? OpenSheet(XlsxSheet sheet)
    {
        if (sheet.Path is not { Length: > 0 } path) return null;
        // Targets are relative to xl/, or absolute from the package root ("/xl/worksheets/…").
        path = path.StartsWith("/xl/", StringComparison.OrdinalIgnoreCase) ? path[1..] : "xl/" + path;
        return Part(_parts, path, _budget);
    }

    /// <summary>A part's XML (the first entry of that name, case-insensitive), every inflated byte charged to <paramref name="budget"/>.</summary>
    private static XmlReader? Part(Dictionary<string, ZipArchiveEntry> parts, string name, ReadBudget budget) =>
        parts.TryGetValue(name, out var entry) ? SafeXml.Create(budget.MeterPart(entry.Open(), entry.FullName)) : null;

    private static (List<XlsxSheet> Sheets, bool Date1904) ReadWorkbook(XmlReader xml)
    {
        var sheets = new List<XlsxSheet>();
        var date1904 = false;
        if (!xml.IsStartElement("workbook", XlsxXml.MainNs) || !XlsxXml.ReadFirstContent(xml)) return (sheets, date1904);
        while (!xml.EOF)
        {
            if (xml.IsStartElement("workbookPr", XlsxXml.MainNs))
            {
                date1904 = xml.GetAttribute("date1904") == "1";
                xml.Skip();
            }
            else if (xml.IsStartElement("sheets", XlsxXml.MainNs))
            {
                if (!XlsxXml.ReadFirstContent(xml)) continue;
                while (!xml.EOF)
                {
                    if (xml.IsStartElement("sheet", XlsxXml.MainNs))
                    {
                        sheets.Add(new XlsxSheet(xml.GetAttribute("name"), xml.GetAttribute("id", XlsxXml.DocumentRelationshipsNs)));
                        xml.Skip();
                    }
                    else if (!XlsxXml.SkipContent(xml)) break;
                }
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
        return (sheets, date1904);
    }

    /// <summary>Each sheet's part, from the workbook's relationships (shared with XLSB, whose relationships are XML too).</summary>
    internal static void ReadRelationships(XmlReader xml, List<XlsxSheet> sheets)
    {
        if (!xml.IsStartElement("Relationships", XlsxXml.PackageRelationshipsNs) || !XlsxXml.ReadFirstContent(xml)) return;
        // The first sheet of each id, as a search through the list would find it, without one search per relationship.
        var byId = new Dictionary<string, XlsxSheet>(StringComparer.Ordinal);
        XlsxSheet? withoutId = null;
        foreach (var sheet in sheets)
        {
            if (sheet.RelationshipId is { } sheetId) byId.TryAdd(sheetId, sheet);
            else withoutId ??= sheet;
        }
        while (!xml.EOF)
        {
            if (xml.IsStartElement("Relationship", XlsxXml.PackageRelationshipsNs))
            {
                var id = xml.GetAttribute("Id");
                var sheet = id is null ? withoutId : byId.GetValueOrDefault(id);
                if (sheet is not null) sheet.Path = xml.GetAttribute("Target");
                xml.Skip();
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
    }

    /// <summary>The table, held within <see cref="ReadBudget.MaxSharedStringBytes"/>: past it the workbook is refused at the string that crosses it.</summary>
    private static void ReadSharedStrings(XmlReader xml, XlsxSharedStrings strings, ReadBudget budget)
    {
        if (!xml.IsStartElement("sst", XlsxXml.MainNs) || !XlsxXml.ReadFirstContent(xml)) return;
        var maxCellChars = budget.Limits.MaxCellChars;
        var maxBytes = budget.MaxSharedStringBytes;
        while (!xml.EOF)
        {
            if (xml.IsStartElement("si", XlsxXml.MainNs))
            {
                var text = XlsxEscapes.Decode(XlsxXml.ReadStringItem(xml, maxCellChars));
                strings.Add(text.AsSpan(0, Math.Min(text.Length, maxCellChars + 1)));
                budget.Spend(1);
                if (strings.Bytes > maxBytes)
                {
                    throw new UnreadableFileException(IssueCatalog.FichierDisproportionne.TextesPartages.Format(
                        ("Numero", strings.Count), ("Limite", ByteSizeText.Format(maxBytes)),
                        ("Taille", ByteSizeText.Format(budget.UploadBytes)), ("Facteur", ReadBudget.SharedStringsPerByte)));
                }
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
    }
}
