using nietras.SeparatedValues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Reads a CSV (or delimited .txt) file with Sep: one <see cref="RawTable"/> without sheet name nor
/// header (the schema stage finds the header row), whose rows stream with
/// <see cref="RawRow.RowNumber"/> = the line where the record starts, as a text editor shows it.
/// The encoding (UTF-8 with or without BOM, else Windows-1252 or ISO-8859-15: <see cref="TextEncodingDetector"/>) and the delimiter
/// (<c>;</c>, <c>,</c> or tab, exposed as <see cref="RawTable.Delimiter"/>) are detected.
/// </summary>
/// <remarks>
/// Detection runs when <see cref="Read"/> is called (one pass over the bytes to validate UTF-8,
/// one for unclosed quotes and overlong records (<see cref="CsvStructureScan"/>, over the bytes
/// unless only decoding tells the characters), then the first 64 K characters for the delimiter). Cells longer than
/// <see cref="ReadLimits.MaxCellChars"/> are cut to one character more. Each enumeration of the rows re-reads the
/// stream from the first record; do not run two enumerations at the same time.
/// Cells are unescaped text; spaces outside quotes are trimmed, spaces inside quotes kept.
/// Records may have more or fewer cells than others.
/// </remarks>
internal sealed class CsvReportReader : IReportReader
{
    public IEnumerable<RawTable> Read(Stream upload, ReadBudget budget)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(budget);

        budget.Begin(upload);
        var limits = budget.Limits;
        // Every pass (encoding, structure, delimiter, rows) reads through the meter: each observes cancellation.
        var content = budget.Meter(upload);
        var start = content.Position;
        var encoding = TextEncodingDetector.Detect(content);
        var dataStart = start + encoding.PreambleLength;
        CheckStructure(content, dataStart, encoding, limits);
        var delimiter = DetectDelimiter(content, dataStart, encoding);

        return [new RawTable(null, null, new CsvRows(content, dataStart, encoding, delimiter, budget)) { Delimiter = delimiter }];
    }

    private static void CheckStructure(Stream content, long dataStart, DetectedEncoding encoding, ReadLimits limits)
    {
        content.Position = dataStart;
        try
        {
            if (encoding.CharsOfBytes != CharsOfBytes.NeedsDecoding)
            {
                CsvStructureScan.Check(content, encoding.CharsOfBytes, limits);
                return;
            }
            using var text = OpenText(content, encoding);
            CsvStructureScan.Check(text, limits);
        }
        finally
        {
            content.Position = dataStart;
        }
    }

    private static char DetectDelimiter(Stream content, long dataStart, DetectedEncoding encoding)
    {
        content.Position = dataStart;
        try
        {
            using var text = OpenText(content, encoding);
            var sample = new char[DelimiterDetector.SampleChars];
            var length = text.ReadBlock(sample, 0, sample.Length);
            return DelimiterDetector.Detect(sample.AsSpan(0, length), complete: text.Peek() < 0);
        }
        finally
        {
            content.Position = dataStart;
        }
    }

    private static StreamReader OpenText(Stream content, DetectedEncoding encoding) =>
        new(content, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);

    private sealed class CsvRows(Stream content, long dataStart, DetectedEncoding encoding, char delimiter, ReadBudget budget)
        : IEnumerable<RawRow>
    {
        public IEnumerator<RawRow> GetEnumerator()
        {
            content.Position = dataStart;
            using var text = OpenText(content, encoding);
            using var reader = Sep.New(delimiter).Reader(options => options with
            {
                HasHeader = false,
                DisableColCountCheck = true,
                Unescape = true,
                Trim = SepTrim.Outer,
                // Report files repeat short values (codes, years, types) on every row: pooling
                // them per column keeps one string per distinct value instead of one per cell.
                CreateToString = PooledFirstColumns.Create,
            }).From(text);

            var maxCellChars = budget.Limits.MaxCellChars;
            var cells = new RawRowBuilder(budget);
            foreach (var row in reader)
            {
                var width = row.ColCount;
                cells.Begin(width);
                for (var column = 0; column < width; column++)
                {
                    var span = row[column].Span;
                    if (span.Length > maxCellChars)
                        cells.Set(column, RawValue.FromText(span, maxCellChars));
                    else if (!span.IsWhiteSpace())
                        cells.Set(column, RawValue.FromText(row[column].ToString()));
                }
                // Sep 0.17 gives the first row (when HasHeader is false) the line where it ends as
                // LineNumberFrom; the first record always starts on line 1.
                yield return cells.Build(row.RowIndex == 0 ? 1 : row.LineNumberFrom);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// Sep's pool per column for the first <see cref="Columns"/> columns only: Sep makes its pools
    /// for as many columns as the first record has, so a first line of a million delimiters made a
    /// million pools (1.6 GB) before a single cell was read.
    /// </summary>
    private sealed class PooledFirstColumns(SepToString pooled) : SepToString
    {
        /// <summary>Columns pooled: far more than a report has.</summary>
        public const int Columns = 128;

        private static readonly SepCreateToString Pooled = PoolPerCol(maximumStringLength: 32);

        public static SepToString Create(SepReaderHeader? header, int columns) => new PooledFirstColumns(Pooled(header, Math.Min(columns, Columns)));

        public override string ToString(ReadOnlySpan<char> colSpan, int colIndex) =>
            colIndex < Columns ? pooled.ToString(colSpan, colIndex) : new string(colSpan);

        protected override void Dispose(bool disposing)
        {
            if (disposing) pooled.Dispose();
            base.Dispose(disposing);
        }
    }
}
