using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fnavdl.Core.Spreadsheets;

/// <summary>
/// What every workbook the pipeline publishes shares: inline text and number cells, the base
/// stylesheet (regular, bold header) extended with number formats, a frozen header row, French core
/// properties, and a package whose bytes depend on its content only, so publishing the same figures
/// twice gives the same file (an analyst's diff, a blob's ETag, a cache).
/// </summary>
public static class XlsxPackage
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Style index of the bold header in <see cref="Stylesheet"/>; the extra formats follow it from 2.</summary>
    public const uint HeaderStyle = 1;

    // The packaging stamps "now" on every zip entry, which would make two runs differ.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Cell Text(string text, uint style = 0, string? reference = null) => Placed(new Cell
    {
        DataType = CellValues.InlineString,
        StyleIndex = style == 0 ? null : style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    }, reference);

    public static Cell Number(double value, uint style = 0, string? reference = null) => Placed(new Cell
    {
        DataType = CellValues.Number,
        StyleIndex = style == 0 ? null : style,
        CellValue = new CellValue(value),
    }, reference);

    // Assigning a null reference would write r="", which LibreOffice reads as a sheet of empty cells.
    private static Cell Placed(Cell cell, string? reference)
    {
        if (reference is not null) cell.CellReference = reference;
        return cell;
    }

    /// <summary>
    /// Fonts regular and bold, the two fills the format requires, one border; cell formats: default,
    /// bold header, then <paramref name="formats"/> in order (style 2, 3…). Custom number formats get ids from 164.
    /// </summary>
    public static Stylesheet Stylesheet(IReadOnlyList<string> numberFormats, params CellFormat[] formats)
    {
        var stylesheet = new Stylesheet();
        if (numberFormats.Count > 0)
            stylesheet.Append(new NumberingFormats(numberFormats.Select((code, i) => new NumberingFormat { NumberFormatId = NumberFormatId(i), FormatCode = code })) { Count = (uint)numberFormats.Count });
        stylesheet.Append(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats([new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, .. formats]) { Count = (uint)formats.Length + 2 });
        return stylesheet;
    }

    /// <summary>The id <see cref="Stylesheet"/> gives the <paramref name="index"/>-th custom number format.</summary>
    public static uint NumberFormatId(int index) => 164 + (uint)index;

    public static CellFormat Numeric(uint numberFormatId) => new() { NumberFormatId = numberFormatId, ApplyNumberFormat = true };

    /// <summary>The header row stays in view while scrolling.</summary>
    public static SheetViews FrozenHeader() =>
        new(new SheetView { WorkbookViewId = 0, Pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft } });

    /// <summary>
    /// Title, subject and language, written by hand at docProps/core.xml: System.IO.Packaging's
    /// PackageProperties would put them under a random part name.
    /// </summary>
    public static void CoreProperties(SpreadsheetDocument document, string title, string subject)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties", dc = "http://purl.org/dc/elements/1.1/";
        var core = new XDocument(new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp), new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XElement(dc + "title", title),
            new XElement(dc + "subject", subject),
            new XElement(dc + "creator", "FNAVDL"),
            new XElement(dc + "language", "fr-FR")));
        using var stream = document.AddCoreFilePropertiesPart().GetStream(FileMode.Create);
        core.Save(stream);
    }

    /// <summary>
    /// The same package with every entry's time fixed and the package relationships named after their
    /// targets, so the same content gives the same bytes. Parts must be added with explicit relationship ids.
    /// </summary>
    public static byte[] Deterministic(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    // The package's relationships (workbook, core properties) get random ids nothing else refers to,
                    // in an order that follows them: named after their target and sorted by it instead.
                    var rels = XDocument.Load(from);
                    var all = rels.Root!.Elements().OrderBy(r => (string?)r.Attribute("Target"), StringComparer.Ordinal).ToList();
                    foreach (var r in all) r.SetAttributeValue("Id", "rId" + Path.GetFileNameWithoutExtension((string?)r.Attribute("Target")));
                    rels.Root.ReplaceNodes(all);
                    using var writer = System.Xml.XmlWriter.Create(to, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
                    rels.Save(writer);
                }
                else
                    from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
