namespace Fnavdl.Core.Reading;

/// <summary>
/// Streams the rows of one .xlsb worksheet part, once, record by record: one <see cref="RawRow"/> per row
/// header the sheet writes (absent rows are blank, and not yielded), numbered as Excel shows them, cells typed
/// as the XLSX reader types them (the same number-format rules, 1904 system, error cells empty).
/// </summary>
/// <remarks>
/// [MS-XLSB] 2.4: a BrtRowHdr starts a row (its 0-based index first); cell records follow, each with its
/// column (BrtCell*), or without it for the « short » ones Excel writes since 2010 (BrtShort*: the column after
/// the previous cell's). A later header of the same row continues it, as consecutive XLSX row elements do.
/// </remarks>
internal sealed class XlsbSheetReader(Biff12Records records, XlsbWorkbook workbook, ReadBudget budget)
{
    private const int BrtRowHdr = 0;
    private const int BrtCellBlank = 1;
    private const int BrtCellRk = 2;
    private const int BrtCellError = 3;
    private const int BrtCellBool = 4;
    private const int BrtCellReal = 5;
    private const int BrtCellSt = 6;
    private const int BrtCellIsst = 7;
    private const int BrtFmlaString = 8;
    private const int BrtFmlaNum = 9;
    private const int BrtFmlaBool = 10;
    private const int BrtFmlaError = 11;
    private const int BrtShortBlank = 12;
    private const int BrtShortIsst = 18;
    private const int BrtCellRString = 62;

    /// <summary>The short cells are the full ones, 11 types further, without their column.</summary>
    private const int ShortOffset = BrtShortBlank - BrtCellBlank;

    private readonly int _maxCellChars = budget.Limits.MaxCellChars;
    private readonly RawRowBuilder _row = new(budget);

    public IEnumerable<RawRow> Rows()
    {
        int? current = null;
        var column = -1;
        while (records.Next())
        {
            var type = records.Type;
            if (type == BrtRowHdr)
            {
                var index = records.Int32(0);
                if (index is < 0 or >= XlsxSheetReader.MaxRows) throw new InvalidDataException($"Row beyond Excel's last row ({index + 1}).");
                if (current != index)
                {
                    if (current is { } previous) yield return _row.Build(previous + 1);
                    _row.Begin();
                    current = index;
                }
                column = -1;
                continue;
            }
            var isShort = type is >= BrtShortBlank and <= BrtShortIsst;
            var isCell = type is >= BrtCellBlank and <= BrtFmlaError or BrtCellRString || isShort;
            if (!isCell) continue;
            if (current is null)
            {
                // Cells before any row header belong to the first row, as a cell without a row reference does in XLSX.
                current = 0;
                _row.Begin();
            }
            column = isShort ? column + 1 : records.Int32(0);
            if (column is < 0 or >= XlsxSheetReader.MaxColumns) throw new InvalidDataException($"Cell beyond column XFD ({column}).");
            var at = isShort ? 0 : 4;
            var style = records.Int32(at) & 0xFFFFFF;
            var (value, present) = Value(isShort ? type - ShortOffset : type, at + 4, style);
            if (present) _row.Set(column, value);
        }
        if (current is { } last) yield return _row.Build(last + 1);
    }

    /// <summary>A cell's value from its data at <paramref name="at"/>, by its (full) record type; an error or a blank has none.</summary>
    private (RawValue Value, bool Present) Value(int type, int at, int style)
    {
        switch (type)
        {
            case BrtCellRk:
                return (Number(records.Rk(at), style), true);
            case BrtCellReal or BrtFmlaNum:
                return (Number(records.Double(at), style), true);
            case BrtCellBool or BrtFmlaBool:
                return (RawValue.FromBoolean(records.Byte(at) == 1), true);
            case BrtCellSt or BrtFmlaString:
                return (Text(records.WideString(at, _maxCellChars, out _)), true);
            case BrtCellRString:
                return (Text(records.WideString(at + 1, _maxCellChars, out _)), true);
            case BrtCellIsst:
                var index = records.Int32(at);
                var strings = workbook.SharedStrings;
                if (index < 0 || index >= strings.Count) return (RawValue.FromText(index.ToString(System.Globalization.CultureInfo.InvariantCulture)), true);
                var shared = strings[index];
                // One reference, a whole text: charged as inflated, as the XLSX reader charges its shared strings.
                budget.Inflated(shared.Length, XlsbWorkbook.SharedStringsPart);
                return (Text(shared), true);
            default:
                return (RawValue.Empty, false);
        }
    }

    private RawValue Text(string? text) =>
        text is null ? RawValue.Empty : text.Length > _maxCellChars + 1 ? RawValue.FromText(text.AsSpan(), _maxCellChars) : RawValue.FromText(text);

    private RawValue Number(double number, int style) => workbook.Formats.KindOf(style) switch
    {
        XlsxNumberKind.Date => XlsxSheetReader.SerialDate(number, workbook.Date1904),
        XlsxNumberKind.Duration => RawValue.FromText(TimeSpan.FromDays(number).ToString("c", System.Globalization.CultureInfo.InvariantCulture)),
        _ => RawValue.FromNumber(number),
    };
}
