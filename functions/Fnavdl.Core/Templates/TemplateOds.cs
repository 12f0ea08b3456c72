using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Spreadsheets;
using static Fnavdl.Core.Reading.OdsXml;

namespace Fnavdl.Core.Templates;

/// <summary>
/// The template a region fills (<c>GET /api/modele?type=…&amp;format=ods</c>) as an OpenDocument
/// spreadsheet, for the offices that run LibreOffice (the State's interoperability framework, RGI,
/// recommends ODF): the same <see cref="TemplateContent"/> as the XLSX, its header frozen, each
/// drop-down an ODF content validation over the "Listes" sheet.
/// </summary>
/// <remarks>
/// Written by hand with an <see cref="XmlWriter"/>, like the reader (<c>Reading/OdsReportReader</c>):
/// no well-kept .NET ODS library is served here, and a template is three flat tables (ODF 1.3 §9.1 tables,
/// §9.4.5 content validations, §3.10 settings). The bytes depend only on the content: same template, same file.
/// </remarks>
public static class TemplateOds
{
    public const string MimeType = OdsXml.MimeType;

    private const string StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string FoNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private const string OfNs = "urn:oasis:names:tc:opendocument:xmlns:of:1.2";
    private const string ConfigNs = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";
    private const string Version = "1.3";
    private const string HeaderStyle = "ce-entete";

    /// <summary>A fixed date for the package entries, so the bytes depend on the content only.</summary>
    private static readonly DateTimeOffset EntryTime = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Build(ReportKind kind, string codeRegion, AdministrativeReference reference)
    {
        var content = TemplateContent.For(kind, codeRegion, reference);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // The mimetype entry first and stored, so that a reader recognises the package by its first bytes.
            Entry(zip, "mimetype", CompressionLevel.NoCompression, s => s.Write(Encoding.ASCII.GetBytes(MimeType)));
            Entry(zip, "META-INF/manifest.xml", CompressionLevel.Optimal, s => Xml(s, Manifest));
            Entry(zip, "settings.xml", CompressionLevel.Optimal, s => Xml(s, x => Settings(x, content)));
            Entry(zip, "content.xml", CompressionLevel.Optimal, s => Xml(s, x => Content(x, content)));
        }
        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, CompressionLevel level, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        write(stream);
    }

    private static void Xml(Stream stream, Action<XmlWriter> write)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument();
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Manifest(XmlWriter xml)
    {
        xml.WriteStartElement("manifest", "manifest", ManifestNs);
        xml.WriteAttributeString("manifest", "version", ManifestNs, Version);
        foreach (var (path, type) in new[] { ("/", MimeType), ("settings.xml", "text/xml"), ("content.xml", "text/xml") })
        {
            xml.WriteStartElement("manifest", "file-entry", ManifestNs);
            xml.WriteAttributeString("manifest", "full-path", ManifestNs, path);
            if (path == "/") xml.WriteAttributeString("manifest", "version", ManifestNs, Version);
            xml.WriteAttributeString("manifest", "media-type", ManifestNs, type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>The data sheet opens first with its header row frozen (LibreOffice's view settings).</summary>
    private static void Settings(XmlWriter xml, TemplateContent content)
    {
        xml.WriteStartElement("office", "document-settings", OfficeNs);
        xml.WriteAttributeString("xmlns", "config", null, ConfigNs);
        xml.WriteAttributeString("office", "version", OfficeNs, Version);
        xml.WriteStartElement("office", "settings", OfficeNs);
        xml.WriteStartElement("config", "config-item-set", ConfigNs);
        xml.WriteAttributeString("config", "name", ConfigNs, "ooo:view-settings");
        xml.WriteStartElement("config", "config-item-map-indexed", ConfigNs);
        xml.WriteAttributeString("config", "name", ConfigNs, "Views");
        xml.WriteStartElement("config", "config-item-map-entry", ConfigNs);
        ConfigItem(xml, "ViewId", "string", "view1");
        xml.WriteStartElement("config", "config-item-map-named", ConfigNs);
        xml.WriteAttributeString("config", "name", ConfigNs, "Tables");
        xml.WriteStartElement("config", "config-item-map-entry", ConfigNs);
        xml.WriteAttributeString("config", "name", ConfigNs, content.DataSheet);
        // 2: frozen; the split lies below row 1, and the lower pane is the active one.
        ConfigItem(xml, "HorizontalSplitMode", "short", "0");
        ConfigItem(xml, "VerticalSplitMode", "short", "2");
        ConfigItem(xml, "HorizontalSplitPosition", "int", "0");
        ConfigItem(xml, "VerticalSplitPosition", "int", "1");
        ConfigItem(xml, "ActiveSplitRange", "short", "2");
        ConfigItem(xml, "PositionLeft", "int", "0");
        ConfigItem(xml, "PositionRight", "int", "0");
        ConfigItem(xml, "PositionTop", "int", "0");
        ConfigItem(xml, "PositionBottom", "int", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        ConfigItem(xml, "ActiveTable", "string", content.DataSheet);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void ConfigItem(XmlWriter xml, string name, string type, string value)
    {
        xml.WriteStartElement("config", "config-item", ConfigNs);
        xml.WriteAttributeString("config", "name", ConfigNs, name);
        xml.WriteAttributeString("config", "type", ConfigNs, type);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Content(XmlWriter xml, TemplateContent content)
    {
        xml.WriteStartElement("office", "document-content", OfficeNs);
        xml.WriteAttributeString("xmlns", "style", null, StyleNs);
        xml.WriteAttributeString("xmlns", "text", null, TextNs);
        xml.WriteAttributeString("xmlns", "table", null, TableNs);
        xml.WriteAttributeString("xmlns", "fo", null, FoNs);
        xml.WriteAttributeString("xmlns", "of", null, OfNs);
        xml.WriteAttributeString("office", "version", OfficeNs, Version);

        xml.WriteStartElement("office", "automatic-styles", OfficeNs);
        foreach (var (name, width) in new[] { ("co-donnees", "4.8cm"), ("co-liste", "8.5cm"), ("co-colonne", "5.6cm"), ("co-champ", "4.4cm"), ("co-explication", "22cm") })
        {
            xml.WriteStartElement("style", "style", StyleNs);
            xml.WriteAttributeString("style", "name", StyleNs, name);
            xml.WriteAttributeString("style", "family", StyleNs, "table-column");
            xml.WriteStartElement("style", "table-column-properties", StyleNs);
            xml.WriteAttributeString("style", "column-width", StyleNs, width);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteStartElement("style", "style", StyleNs);
        xml.WriteAttributeString("style", "name", StyleNs, HeaderStyle);
        xml.WriteAttributeString("style", "family", StyleNs, "table-cell");
        xml.WriteStartElement("style", "text-properties", StyleNs);
        xml.WriteAttributeString("fo", "font-weight", FoNs, "bold");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("office", "body", OfficeNs);
        xml.WriteStartElement("office", "spreadsheet", OfficeNs);
        Validations(xml, content);
        DataSheet(xml, content);
        Sheet(xml, TemplateContent.NoticeSheet, ["co-colonne", "co-champ", "co-explication"],
            [.. content.Notice.Select(r => (r.Row, r.Cells, r.Bold))]);
        var listRows = Enumerable.Range(0, content.Lists.Count == 0 ? 0 : content.Lists.Max(l => l.Values.Count) + 1)
            .Select(r => (Row: r + 1, Cells: (IReadOnlyList<string>)[.. content.Lists.Select(l => r == 0 ? l.Title : r <= l.Values.Count ? l.Values[r - 1] : "")], Bold: r == 0))
            .ToList();
        Sheet(xml, TemplateContent.ListsSheet, [.. Enumerable.Repeat("co-liste", Math.Max(content.Lists.Count, 1))], listRows);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string ValidationName(TemplateContent.DropDown dropDown) =>
        "liste-" + (dropDown.Column + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One validation per drop-down: a value of its "Listes" column (OpenFormula's cell-content-is-in-list),
    /// blank allowed; a value out of the list stops, or only warns where several values are typed by hand.
    /// </summary>
    private static void Validations(XmlWriter xml, TemplateContent content)
    {
        if (content.DropDowns.Count == 0) return;
        xml.WriteStartElement("table", "content-validations", TableNs);
        foreach (var dropDown in content.DropDowns)
        {
            var list = CellReference.ColumnLetters(dropDown.List);
            var last = content.Lists[dropDown.List].Values.Count + 1;
            xml.WriteStartElement("table", "content-validation", TableNs);
            xml.WriteAttributeString("table", "name", TableNs, ValidationName(dropDown));
            xml.WriteAttributeString("table", "condition", TableNs,
                $"of:cell-content-is-in-list([${TemplateContent.ListsSheet}.${list}$2:.${list}${last.ToString(CultureInfo.InvariantCulture)}])");
            xml.WriteAttributeString("table", "allow-empty-cell", TableNs, "true");
            xml.WriteAttributeString("table", "display-list", TableNs, "unsorted");
            xml.WriteAttributeString("table", "base-cell-address", TableNs, $"{content.DataSheet}.{CellReference.Of(dropDown.Column, 2)}");
            xml.WriteStartElement("table", "help-message", TableNs);
            xml.WriteAttributeString("table", "title", TableNs, dropDown.PromptTitle);
            xml.WriteAttributeString("table", "display", TableNs, "true");
            xml.WriteElementString("text", "p", TextNs, dropDown.Prompt);
            xml.WriteEndElement();
            xml.WriteStartElement("table", "error-message", TableNs);
            xml.WriteAttributeString("table", "title", TableNs, TemplateContent.OutOfListTitle);
            xml.WriteAttributeString("table", "message-type", TableNs, dropDown.Many ? "information" : "stop");
            xml.WriteAttributeString("table", "display", TableNs, "true");
            xml.WriteElementString("text", "p", TextNs, dropDown.Error);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>The header row, then the validated rows as one repeated row (never a thousand written ones).</summary>
    private static void DataSheet(XmlWriter xml, TemplateContent content)
    {
        xml.WriteStartElement("table", "table", TableNs);
        xml.WriteAttributeString("table", "name", TableNs, content.DataSheet);
        Column(xml, "co-donnees", content.Columns.Count);
        Row(xml, [.. content.Columns.Select(c => c.Header)], bold: true);

        xml.WriteStartElement("table", "table-row", TableNs);
        xml.WriteAttributeString("table", "number-rows-repeated", TableNs, TemplateContent.ValidatedRows.ToString(CultureInfo.InvariantCulture));
        var byColumn = content.DropDowns.ToDictionary(d => d.Column);
        for (var i = 0; i < content.Columns.Count; i++)
        {
            xml.WriteStartElement("table", "table-cell", TableNs);
            if (byColumn.TryGetValue(i, out var dropDown))
                xml.WriteAttributeString("table", "content-validation-name", TableNs, ValidationName(dropDown));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Sheet(XmlWriter xml, string name, IReadOnlyList<string> columnStyles,
        IReadOnlyList<(int Row, IReadOnlyList<string> Cells, bool Bold)> rows)
    {
        xml.WriteStartElement("table", "table", TableNs);
        xml.WriteAttributeString("table", "name", TableNs, name);
        foreach (var style in columnStyles) Column(xml, style, 1);
        var next = 1;
        foreach (var row in rows.OrderBy(r => r.Row))
        {
            if (row.Row > next)
            {
                // The blank rows between two blocks of the notice.
                xml.WriteStartElement("table", "table-row", TableNs);
                xml.WriteAttributeString("table", "number-rows-repeated", TableNs, (row.Row - next).ToString(CultureInfo.InvariantCulture));
                xml.WriteStartElement("table", "table-cell", TableNs);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            Row(xml, row.Cells, row.Bold);
            next = row.Row + 1;
        }
        xml.WriteEndElement();
    }

    private static void Column(XmlWriter xml, string style, int count)
    {
        xml.WriteStartElement("table", "table-column", TableNs);
        xml.WriteAttributeString("table", "style-name", TableNs, style);
        if (count > 1) xml.WriteAttributeString("table", "number-columns-repeated", TableNs, count.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    /// <summary>A row of text cells; an empty text is an empty cell.</summary>
    private static void Row(XmlWriter xml, IReadOnlyList<string> cells, bool bold)
    {
        xml.WriteStartElement("table", "table-row", TableNs);
        foreach (var text in cells)
        {
            xml.WriteStartElement("table", "table-cell", TableNs);
            if (text.Length > 0)
            {
                if (bold) xml.WriteAttributeString("table", "style-name", TableNs, HeaderStyle);
                xml.WriteAttributeString("office", "value-type", OfficeNs, "string");
                xml.WriteElementString("text", "p", TextNs, text);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
