using System.IO.Compression;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// An Excel binary workbook (.xlsb: the OOXML package, its parts BIFF12 records instead of XML) opened
/// once: its sheets in workbook order, its date system, its cell formats and its shared strings, each
/// part read through the budget. Sheets' rows are not touched here: each enumeration streams its part.
/// </summary>
/// <remarks>The parts are at the paths Excel writes (as the XLSX reader reads them); the relationships part is XML.</remarks>
internal sealed class XlsbWorkbook
{
    public const string SharedStringsPart = "xl/sharedStrings.bin";

    // [MS-XLSB] 2.3.2, the records read.
    private const int BrtWbProp = 153;
    private const int BrtBundleSh = 156;
    private const int BrtSstItem = 19;
    private const int BrtFmt = 44;
    private const int BrtXf = 47;
    private const int BrtBeginCellXFs = 617;
    private const int BrtEndCellXFs = 618;

    private readonly Dictionary<string, ZipArchiveEntry> _parts;
    private readonly ReadBudget _budget;

    private XlsbWorkbook(Dictionary<string, ZipArchiveEntry> parts, IReadOnlyList<XlsxSheet> sheets, bool date1904, XlsxCellFormats formats,
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

    public bool Date1904 { get; }

    public XlsxCellFormats Formats { get; }

    public XlsxSharedStrings SharedStrings { get; }

    /// <summary>Reads the workbook's parts, each through <paramref name="budget"/>; throws <see cref="InvalidDataException"/> for a damaged one.</summary>
    public static XlsbWorkbook Open(Stream content, ReadBudget budget)
    {
        var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var parts = PackageParts.Index(zip, budget);
        var sheets = new List<XlsxSheet>();
        var date1904 = false;
        using (var workbook = Records(parts, "xl/workbook.bin", budget) ?? throw new InvalidDataException("No xl/workbook.bin: not a binary workbook."))
        {
            var records = new Biff12Records(workbook);
            while (records.Next())
            {
                if (records.Type == BrtWbProp) date1904 = (records.Byte(0) & 1) != 0;
                else if (records.Type == BrtBundleSh)
                {
                    var relationship = records.WideString(8, 255, out var end);
                    sheets.Add(new XlsxSheet(records.WideString(end, 255, out _), relationship));
                }
            }
        }
        if (parts.TryGetValue("xl/_rels/workbook.bin.rels", out var rels))
        {
            using var xml = SafeXml.Create(budget.MeterPart(rels.Open(), rels.FullName));
            XlsxWorkbook.ReadRelationships(xml, sheets);
        }
        var strings = new XlsxSharedStrings();
        using (var part = Records(parts, SharedStringsPart, budget))
        {
            if (part is not null) ReadSharedStrings(new Biff12Records(part), strings, budget);
        }
        var formats = XlsxCellFormats.None;
        using (var part = Records(parts, "xl/styles.bin", budget))
        {
            if (part is not null) formats = ReadStyles(new Biff12Records(part));
        }
        return new XlsbWorkbook(parts, sheets, date1904, formats, strings, budget);
    }

    /// <summary>A sheet's records, or null when the sheet has no part.</summary>
    public Stream? OpenSheet(XlsxSheet sheet)
    {
        if (sheet.Path is not { Length: > 0 } path) return null;
        path = path.StartsWith("/xl/", StringComparison.OrdinalIgnoreCase) ? path[1..] : "xl/" + path;
        return Records(_parts, path, _budget);
    }

    private static Stream? Records(Dictionary<string, ZipArchiveEntry> parts, string name, ReadBudget budget) =>
        parts.TryGetValue(name, out var entry) ? budget.MeterBinaryPart(entry.Open(), entry.FullName) : null;

    /// <summary>BrtSSTItem: a RichStr, its flags then its text; held within <see cref="ReadBudget.MaxSharedStringBytes"/>.</summary>
    private static void ReadSharedStrings(Biff12Records records, XlsxSharedStrings strings, ReadBudget budget)
    {
        var maxChars = budget.Limits.MaxCellChars;
        var maxBytes = budget.MaxSharedStringBytes;
        while (records.Next())
        {
            if (records.Type != BrtSstItem) continue;
            strings.Add((records.WideString(1, maxChars, out _) ?? "").AsSpan());
            budget.Spend(1);
            if (strings.Bytes > maxBytes)
            {
                throw new UnreadableFileException(IssueCatalog.FichierDisproportionne.TextesPartagesXlsb.Format(
                    ("Numero", strings.Count), ("Limite", ByteSizeText.Format(maxBytes)),
                    ("Taille", ByteSizeText.Format(budget.UploadBytes)), ("Facteur", ReadBudget.SharedStringsPerByte)));
            }
        }
    }

    /// <summary>The custom number formats (BrtFmt) and the cell formats (BrtXF inside BrtBeginCellXFs, not the style ones).</summary>
    private static XlsxCellFormats ReadStyles(Biff12Records records)
    {
        var custom = new Dictionary<int, string?>();
        var styles = new List<(int FormatId, bool Applied)>();
        var inCellFormats = false;
        while (records.Next())
        {
            switch (records.Type)
            {
                case BrtFmt:
                    // A format code is at most 255 characters in Excel: a longer one is kept cut.
                    custom[records.UInt16(0)] = records.WideString(2, 1024, out _);
                    break;
                case BrtBeginCellXFs:
                    inCellFormats = true;
                    break;
                case BrtEndCellXFs:
                    inCellFormats = false;
                    break;
                case BrtXf when inCellFormats:
                    styles.Add((records.UInt16(2), true));
                    break;
            }
        }
        return XlsxCellFormats.From(styles, custom);
    }
}
