using System.Globalization;
using System.Xml;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Streams the rows of one worksheet part, once, straight from its XML: one <see cref="RawRow"/>
/// per row the sheet writes (absent rows are blank, and not yielded), numbered as Excel shows them, cells typed
/// (number, date, boolean, text) by their type and their style's number format.
/// </summary>
/// <remarks>
/// Reads cells exactly as ExcelDataReader 3.6 does (the reader this replaces, which scanned every
/// sheet in full once more before its first row and kept a .NET string per shared string): the
/// same elements, attributes, fallbacks and date rules, so a workbook's rows do not change.
/// </remarks>
internal sealed class XlsxSheetReader(XmlReader xml, XlsxWorkbook workbook, ReadBudget budget)
{
    /// <summary>Columns of an Excel sheet (A…XFD): a cell beyond is a damaged sheet.</summary>
    public const int MaxColumns = RawRowBuilder.MaxColumns;

    /// <summary>Rows of an Excel sheet: a row beyond is a damaged sheet (else the blank rows before it would be read, up to two billion).</summary>
    public const int MaxRows = 1_048_576;

    private const NumberStyles AnyNumber = NumberStyles.Any;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Cells of the row being assembled (a row element may continue the previous one), in document order.</summary>
    private readonly List<(int Column, RawValue Value, bool Present)> _cells = [];
    // Names as the reader's name table holds them: an element is recognised by reference, not by comparing text.
    private readonly string _ns = xml.NameTable.Add(XlsxXml.MainNs);
    private readonly string _row = xml.NameTable.Add("row");
    private readonly string _cell = xml.NameTable.Add("c");
    private readonly string _value = xml.NameTable.Add("v");
    private readonly string _inline = xml.NameTable.Add("is");
    private readonly int _maxCellChars = budget.Limits.MaxCellChars;
    private readonly RawRowBuilder _assembled = new(budget);

    /// <summary>
    /// The rows the sheet writes, numbered as Excel shows them. Absent rows are not yielded (they are
    /// blank, and a row number is a size the file declares: r="1048576" must not cost a million rows).
    /// </summary>
    public IEnumerable<RawRow> Rows()
    {
        if (!xml.IsStartElement("worksheet", XlsxXml.MainNs) || !XlsxXml.ReadFirstContent(xml)) yield break;
        while (!xml.EOF)
        {
            if (xml.IsStartElement("sheetData", XlsxXml.MainNs))
            {
                foreach (var row in SheetData()) yield return row;
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
    }

    /// <summary>The rows of <c>sheetData</c>; consecutive elements of the same row are one row.</summary>
    private IEnumerable<RawRow> SheetData()
    {
        if (!XlsxXml.ReadFirstContent(xml)) yield break;
        _cells.Clear();
        int? pending = null;
        var nextIndex = 0;
        while (!xml.EOF)
        {
            if (IsStartElement(_row))
            {
                var index = int.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, Invariant, out var r) ? r - 1 : nextIndex;
                if (index >= MaxRows) throw new InvalidDataException($"Row beyond Excel's last row ({index + 1}).");
                var start = _cells.Count;
                ReadRowCells();
                if (pending is { } previous && previous != index)
                {
                    yield return Assemble(previous, start);
                    _cells.RemoveRange(0, start);
                }
                pending = index;
                nextIndex = index + 1;
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
        if (pending is { } last) yield return Assemble(last, _cells.Count);
    }

    private void ReadRowCells()
    {
        if (!XlsxXml.ReadFirstContent(xml)) return;
        var nextColumn = 0;
        while (!xml.EOF)
        {
            if (IsStartElement(_cell))
            {
                var cell = ReadCell(nextColumn);
                nextColumn = cell.Column + 1;
                _cells.Add(cell);
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
    }

    /// <summary><see cref="XmlReader.IsStartElement(string, string)"/> for a name of the name table.</summary>
    private bool IsStartElement(string localName) =>
        xml.MoveToContent() == XmlNodeType.Element && ReferenceEquals(xml.LocalName, localName) && ReferenceEquals(xml.NamespaceURI, _ns);

    /// <summary>The row at 0-based <paramref name="index"/> from its first <paramref name="count"/> cells, up to its last one with a value (a later cell of a column replaces an earlier one).</summary>
    private RawRow Assemble(int index, int count)
    {
        _assembled.Begin();
        for (var i = 0; i < count; i++)
        {
            var (column, value, present) = _cells[i];
            _assembled.Set(column, value, present);
        }
        return _assembled.Build(index + 1);
    }

    private (int Column, RawValue Value, bool Present) ReadCell(int nextColumn)
    {
        var style = xml.GetAttribute("s");
        var type = xml.GetAttribute("t");
        var column = ParseColumn(xml.GetAttribute("r")) is { } referenced ? referenced - 1 : nextColumn;
        if (column is < 0 or >= MaxColumns) throw new InvalidDataException($"Cell beyond column XFD ({column}).");
        var kind = style is not null && TryParseIndex(style, out var styleIndex)
            ? workbook.Formats.KindOf(styleIndex)
            : XlsxNumberKind.Number;

        (RawValue, bool) value = (RawValue.Empty, false);
        if (!XlsxXml.ReadFirstContent(xml)) return (column, RawValue.Empty, false);
        while (!xml.EOF)
        {
            if (IsStartElement(_value))
            {
                var raw = XlsxXml.ReadText(xml, _maxCellChars);
                if (raw.Length > 0) value = Convert(raw, type, kind);
            }
            else if (IsStartElement(_inline))
            {
                var raw = XlsxXml.ReadStringItem(xml, _maxCellChars);
                if (raw.Length > 0) value = Convert(raw, type, kind);
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }
        return (column, value.Item1, value.Item2);
    }

    /// <summary>A cell's value by its type (<c>t</c>); an error (<c>#N/A</c>…) has none.</summary>
    private (RawValue Value, bool Present) Convert(string raw, string? type, XlsxNumberKind kind)
    {
        switch (type)
        {
            case "s":
                var strings = workbook.SharedStrings;
                if (!TryParseIndex(raw, out var index) || index < 0 || index >= strings.Count) return Text(raw);
                var shared = strings[index];
                // A reference is a few bytes and its text up to 32 767 characters: each is charged as
                // the text inflated, so a thousand cells naming one long string cost what it spells.
                budget.Inflated(shared.Length, XlsxSharedStrings.Part);
                return Text(shared);
            case "inlineStr" or "str":
                return Text(XlsxEscapes.Decode(raw));
            case "b":
                return (RawValue.FromBoolean(raw == "1"), true);
            case "d":
                return DateTime.TryParseExact(raw, "yyyy-MM-dd", Invariant, DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date)
                    ? (RawValue.FromDate(date), true)
                    : Text(raw);
            case "e":
                return (RawValue.Empty, false);
            default:
                if (!TryParseNumber(raw, out var number)) return Text(raw);
                return kind switch
                {
                    XlsxNumberKind.Date => (SerialDate(number), true),
                    XlsxNumberKind.Duration => Text(TimeSpan.FromDays(number).ToString("c", Invariant)),
                    _ => (RawValue.FromNumber(number), true),
                };
        }
    }

    // Excel writes plain digits and plain decimals: the strict parse answers those quickly, and where
    // it succeeds the lenient one (NumberStyles.Any, as ExcelDataReader parses) gives the same value.
    private static bool TryParseIndex(string text, out int index) =>
        int.TryParse(text, NumberStyles.None, Invariant, out index) || int.TryParse(text, AnyNumber, Invariant, out index);

    private static bool TryParseNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, Invariant, out number) || double.TryParse(text, AnyNumber, Invariant, out number);

    // A text already cut to one character past the limit (as shared strings are kept) is used as it is.
    private (RawValue, bool) Text(string text) =>
        (text.Length > _maxCellChars + 1 ? RawValue.FromText(text.AsSpan(), _maxCellChars) : RawValue.FromText(text), true);

    /// <summary>A serial day as a date, Excel's 1900 leap-year bug and the 1904 system included; out of range it stays a number.</summary>
    private RawValue SerialDate(double serial) => SerialDate(serial, workbook.Date1904);

    /// <summary>A serial day as a date in a workbook of that date system (shared with the XLSB reader).</summary>
    internal static RawValue SerialDate(double serial, bool date1904)
    {
        var day = date1904 ? serial + 1462.0 : serial is >= 0.0 and < 60.0 ? serial + 1 : serial;
        return day > -657435.0 && day < 2958466.0 ? RawValue.FromDate(DateTime.FromOADate(day)) : RawValue.FromNumber(serial);
    }

    /// <summary>The 1-based column of a reference such as <c>AB12</c>; null when it is not one.</summary>
    private static int? ParseColumn(string? reference)
    {
        if (reference is null) return null;
        var column = 0;
        var position = 0;
        while (position < reference.Length)
        {
            var c = reference[position];
            if (c is >= 'A' and <= 'Z')
            {
                position++;
                column = unchecked(column * 26 + (c - 'A' + 1));
                continue;
            }
            if (!char.IsDigit(c)) position = 0;
            break;
        }
        return position > 0 && int.TryParse(reference.AsSpan(position), NumberStyles.None, Invariant, out _) ? column : null;
    }
}
