using System.IO.Compression;
using System.Xml;

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
    private readonly ZipArchive _zip;

    private XlsxWorkbook(ZipArchive zip, IReadOnlyList<XlsxSheet> sheets, bool date1904, XlsxCellFormats formats, XlsxSharedStrings strings)
    {
        _zip = zip;
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

    /// <summary>Reads the workbook's parts; throws <see cref="XmlException"/> or <see cref="InvalidDataException"/> for a damaged one.</summary>
    public static XlsxWorkbook Open(Stream content, int maxCellChars)
    {
        var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        using var workbookPart = Part(zip, "xl/workbook.xml")
            ?? throw new InvalidDataException("No xl/workbook.xml: not a workbook.");
        var (sheets, date1904) = ReadWorkbook(workbookPart);
        using (var relationships = Part(zip, "xl/_rels/workbook.xml.rels"))
        {
            if (relationships is not null) ReadRelationships(relationships, sheets);
        }
        var strings = new XlsxSharedStrings();
        using (var sharedStrings = Part(zip, "xl/sharedStrings.xml"))
        {
            if (sharedStrings is not null) ReadSharedStrings(sharedStrings, strings, maxCellChars);
        }
        var formats = XlsxCellFormats.None;
        using (var styles = Part(zip, "xl/styles.xml"))
        {
            if (styles is not null) formats = XlsxCellFormats.Read(styles);
        }
        return new XlsxWorkbook(zip, sheets, date1904, formats, strings);
    }

    /// <summary>The XML of a sheet's part, or null when the sheet has none.</summary>
    public XmlReader? OpenSheet(XlsxSheet sheet)
    {
        if (sheet.Path is not { Length: > 0 } path) return null;
        // Targets are relative to xl/, or absolute from the package root ("/xl/worksheets/…").
        path = path.StartsWith("/xl/", StringComparison.OrdinalIgnoreCase) ? path[1..] : "xl/" + path;
        return Part(_zip, path);
    }

    private static XmlReader? Part(ZipArchive zip, string name)
    {
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Replace('\\', '/').Equals(name, StringComparison.OrdinalIgnoreCase))
                return SafeXml.Create(entry.Open());
        }
        return null;
    }

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

    private static void ReadRelationships(XmlReader xml, List<XlsxSheet> sheets)
    {
        if (!xml.IsStartElement("Relationships", XlsxXml.PackageRelationshipsNs) || !XlsxXml.ReadFirstContent(xml)) return;
        while (!xml.EOF)
        {
            if (xml.IsStartElement("Relationship", XlsxXml.PackageRelationshipsNs))
            {
                var id = xml.GetAttribute("Id");
                if (sheets.Find(s => s.RelationshipId == id) is { } sheet) sheet.Path = xml.GetAttribute("Target");
                xml.Skip();
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
    }

    private static void ReadSharedStrings(XmlReader xml, XlsxSharedStrings strings, int maxCellChars)
    {
        if (!xml.IsStartElement("sst", XlsxXml.MainNs) || !XlsxXml.ReadFirstContent(xml)) return;
        while (!xml.EOF)
        {
            if (xml.IsStartElement("si", XlsxXml.MainNs))
            {
                var text = XlsxEscapes.Decode(XlsxXml.ReadStringItem(xml));
                strings.Add(text.AsSpan(0, Math.Min(text.Length, maxCellChars + 1)));
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
    }
}
