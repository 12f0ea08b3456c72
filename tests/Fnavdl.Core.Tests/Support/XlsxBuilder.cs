using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// Writes small XLSX workbooks for tests, the way regions' files look: title rows, blank rows,
/// merged title cells above the header, typed cells.
/// <code>
/// byte[] xlsx = new XlsxBuilder()
///     .Sheet("Notes", s => s.Row("Lisez-moi"))
///     .Sheet("Projets", s => s
///         .Row("Rapport FNAVDL 2024").Merge("A1:C1")   // row 1, merged title
///         .RowAt(3, "id_projet", "montant", "date")     // row 2 left blank (absent)
///         .Row("P1", 1200.5, new DateTime(2024, 3, 1)))  // row 4
///     .ToBytes();
/// </code>
/// Cell values: <see cref="string"/> (shared string), <see cref="InlineText"/> (inline string),
/// any numeric type (number, General format), <see cref="DateTime"/> (serial number with a
/// dd/mm/yyyy format, so Excel shows a date), <see cref="bool"/>, and null (no cell: leaves a gap,
/// e.g. a leading null starts the row in column B). Rows not written are absent from the sheet
/// XML, as Excel does for blank rows.
/// </summary>
public sealed class XlsxBuilder
{
    /// <summary>A text cell written as an inline string (t="inlineStr") instead of a shared string.</summary>
    public sealed record InlineText(string Text);

    private const uint DateStyleIndex = 1;
    private readonly List<SheetBuilder> _sheets = [];

    /// <summary>Adds a sheet, in order; <paramref name="build"/> writes its rows.</summary>
    public XlsxBuilder Sheet(string name, Action<SheetBuilder> build)
    {
        var sheet = new SheetBuilder(name);
        build(sheet);
        _sheets.Add(sheet);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Write(stream);
        return stream.ToArray();
    }

    /// <summary>A fresh readable, seekable stream positioned at 0.</summary>
    public MemoryStream ToStream() => new(ToBytes());

    private void Write(Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());

        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = CreateStylesheet();

        var sharedStrings = new SharedStringIndex();
        uint sheetId = 1;
        foreach (var sheet in _sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = sheet.ToWorksheet(sharedStrings);
            sheets.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = sheetId++,
                Name = sheet.Name,
            });
        }

        if (sharedStrings.Count > 0)
        {
            var sharedStringPart = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedStringPart.SharedStringTable = sharedStrings.ToTable();
        }
    }

    // Style 0 = General; style 1 = custom "dd/mm/yyyy" date format (id 164, the first custom id).
    private static Stylesheet CreateStylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true })
        { Count = 2 });

    /// <summary>Rows and merges of one sheet.</summary>
    public sealed class SheetBuilder
    {
        private readonly SortedDictionary<int, object?[]> _rows = [];
        private readonly List<string> _merges = [];
        private int _lastRow;

        internal SheetBuilder(string name) => Name = name;

        public string Name { get; }

        /// <summary>Writes the row after the last one written (row 1 first).</summary>
        public SheetBuilder Row(params object?[] cells) => RowAt(_lastRow + 1, cells);

        /// <summary>Writes row <paramref name="rowNumber"/> (1-based); rows skipped stay absent (blank).</summary>
        public SheetBuilder RowAt(int rowNumber, params object?[] cells)
        {
            if (rowNumber <= _lastRow) throw new ArgumentException("Rows are written in increasing order.", nameof(rowNumber));
            _rows[rowNumber] = cells;
            _lastRow = rowNumber;
            return this;
        }

        /// <summary>Merges a range such as "A1:D1"; its value is the top-left cell's.</summary>
        public SheetBuilder Merge(string range)
        {
            _merges.Add(range);
            return this;
        }

        internal Worksheet ToWorksheet(SharedStringIndex sharedStrings)
        {
            var data = new SheetData();
            foreach (var (rowNumber, values) in _rows)
            {
                var row = new Row { RowIndex = (uint)rowNumber };
                for (var column = 0; column < values.Length; column++)
                {
                    if (values[column] is null) continue;
                    var cell = CreateCell(values[column]!, sharedStrings);
                    cell.CellReference = ColumnName(column) + rowNumber;
                    row.Append(cell);
                }
                data.Append(row);
            }

            var worksheet = new Worksheet(data);
            if (_merges.Count > 0)
            {
                // mergeCells must follow sheetData in the schema order.
                worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m }))
                { Count = (uint)_merges.Count });
            }
            return worksheet;
        }

        private static Cell CreateCell(object value, SharedStringIndex sharedStrings) => value switch
        {
            string text => new Cell
            {
                DataType = CellValues.SharedString,
                CellValue = new CellValue(sharedStrings.IndexOf(text).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            },
            InlineText inline => new Cell
            {
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(inline.Text) { Space = SpaceProcessingModeValues.Preserve }),
            },
            bool flag => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
            DateTime date => new Cell
            {
                StyleIndex = DateStyleIndex,
                CellValue = new CellValue(date.ToOADate().ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            },
            IConvertible number when IsNumeric(number) => new Cell
            {
                CellValue = new CellValue(Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture)
                    .ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            },
            _ => throw new ArgumentException($"Unsupported cell value type {value.GetType()}."),
        };

        private static bool IsNumeric(IConvertible value) => value.GetTypeCode() is TypeCode.Byte or TypeCode.SByte
            or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64
            or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal;

        /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
        private static string ColumnName(int index)
        {
            var name = "";
            for (var n = index + 1; n > 0; n = (n - 1) / 26)
                name = (char)('A' + (n - 1) % 26) + name;
            return name;
        }
    }

    internal sealed class SharedStringIndex
    {
        private readonly Dictionary<string, int> _indexes = [];
        private readonly List<string> _strings = [];

        public int Count => _strings.Count;

        public int IndexOf(string text)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _strings.Count;
                _indexes.Add(text, index);
                _strings.Add(text);
            }
            return index;
        }

        public SharedStringTable ToTable() => new(_strings.Select(s =>
            new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_strings.Count,
            UniqueCount = (uint)_strings.Count,
        };
    }
}
