using System.Buffers.Binary;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Reads an Excel 97-2003 workbook (.xls, BIFF8 in an OLE compound file; older raw BIFF too): one
/// <see cref="RawTable"/> per worksheet, in workbook order, cells typed as the XLSX reader types them
/// (numbers, dates by their number format and the workbook's 1900 or 1904 system, booleans, text),
/// <see cref="RawRow.RowNumber"/> the row number Excel shows (blank rows are not yielded).
/// </summary>
/// <remarks>
/// <para>BIFF is read by ExcelDataReader (already a dependency for number formats): records, shared
/// strings across CONTINUE records, RK numbers, formula results. An encrypted workbook (a FILEPASS record:
/// a password, or Excel's default one for a protected structure) is said protected: its records' contents
/// could not be checked before ExcelDataReader reads them (below), so it is not decrypted. Its data reader
/// is bounded from outside, where it would cost more than the file's bytes (Reading/README.md):</para>
/// <list type="bullet">
/// <item>the compound file is opened by <see cref="CompoundFile"/>, which checks every count against the
/// file's length, and ExcelDataReader gets the workbook stream alone;</item>
/// <item>every pass ExcelDataReader makes over that stream (it scans a sheet once for its extent, then
/// again for its rows, and may re-read for rows stored out of order) is charged as inflated bytes;</item>
/// <item>before a sheet's rows: a sheet wider than 256 columns or longer than 65 536 rows (BIFF8's own
/// limits, which its walk and each row's array follow) is a damaged sheet, and its declared rows are
/// charged (it walks them in blocks of 32); each row it hands on, blank or not, is charged as a row and its
/// declared width (<see cref="SlotsPerUnit"/>);</item>
/// <item>a workbook of more than <see cref="MaxNumberFormats"/> number formats is refused (each format is
/// compared with every earlier one), two sheets whose data start at the same place are a damaged file, and
/// so is a shared string table whose walk would not move forward (<see cref="XlsSharedStringTable"/>).</item>
/// </list>
/// </remarks>
internal sealed class XlsReportReader : IReportReader
{
    /// <summary>BIFF8's columns (A…IV) and rows: a sheet declaring more is damaged.</summary>
    public const int MaxColumns = 256;

    public const int MaxRows = 65_536;

    /// <summary>Number formats (FORMAT records) a workbook may declare: Excel 97-2003 keeps a few hundred at most.</summary>
    public const int MaxNumberFormats = 4_096;

    /// <summary>Declared rows a sheet's walk looks up per unit charged (<see cref="ReadBudget.Cells"/>).</summary>
    internal const int DeclaredRowsPerUnit = 8;

    /// <summary>Slots of a row (its sheet's declared width) walked per unit charged, blank or not.</summary>
    internal const int SlotsPerUnit = 16;

    /// <summary>The name the workbook stream's bytes are charged under (as a package part is).</summary>
    internal const string WorkbookStream = "Workbook";

    private const ushort Bof = 0x0809;
    private const ushort BoundSheet = 0x0085;
    private const ushort Format = 0x041E;
    private const ushort FormatOld = 0x001E;
    private const ushort SharedStrings = 0x00FC;
    private const ushort FilePass = 0x002F;

    public IEnumerable<RawTable> Read(Stream content, ReadBudget budget)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(budget);

        budget.Begin(content);
        var biff = WorkbookBytes(content, budget);
        if (biff is null)
        {
            // A zip: an .xlsx saved under .xls (Excel opens it, after a warning): read it as what it is.
            content.Position = 0;
            return new XlsxReportReader().Read(content, budget);
        }
        CheckRecords(biff, budget);

        // Eager: an unreadable or password-protected workbook fails here, on the call.
        var stream = budget.MeterBinaryPart(new MemoryStream(biff, writable: false), WorkbookStream);
        IExcelDataReader reader;
        // ExcelDataReader asks for Windows-1252 (its fallback for pre-Unicode text) whatever the file holds.
        CodePages.EnsureRegistered();
        try
        {
            reader = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        }
        catch (InvalidPasswordException)
        {
            throw new UnreadableFileException(IssueCatalog.ClasseurProtege.Xlsx.Format());
        }
        catch (Exception ex) when (XlsxReportReader.IsCorruption(ex))
        {
            throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsClasseurEndommage.Format(), inner: ex);
        }
        return Tables(new Workbook(reader, budget));
    }

    /// <summary>
    /// The BIFF stream: the compound file's « Workbook » (« Book » before Excel 97), or the file itself when
    /// it is a raw BIFF stream; null for a zip. An encrypted OOXML package (a compound file too) is said as protected.
    /// </summary>
    private static byte[]? WorkbookBytes(Stream content, ReadBudget budget)
    {
        var metered = budget.Meter(content);
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var headBytes = metered.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (headBytes >= 2 && head[0] == (byte)'P' && head[1] == (byte)'K') return null;
        if (headBytes == 8 && BinaryPrimitives.ReadUInt16LittleEndian(head) is 0x0009 or 0x0209 or 0x0409 or Bof)
        {
            var raw = new byte[content.Length];
            content.Position = 0;
            metered.ReadExactly(raw);
            return raw;
        }
        if (!CompoundFile.HasSignature(head[..headBytes])) throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsPasUnClasseur.Format());
        try
        {
            var compound = CompoundFile.Open(metered);
            if ((compound.Find("Workbook") ?? compound.Find("Book")) is { } workbook) return compound.Read(workbook);
            if (compound.Find("EncryptedPackage") is not null) throw new UnreadableFileException(IssueCatalog.ClasseurProtege.Xlsx.Format());
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsClasseurEndommage.Format(), inner: ex);
        }
        // A compound file without a workbook: a Word or PowerPoint document, an MSI…
        throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsPasUnClasseur.Format());
    }

    /// <summary>
    /// One walk over the records (their headers are never encrypted): what would make ExcelDataReader's work grow faster
    /// than the stream is refused here, before it starts.
    /// </summary>
    private static void CheckRecords(byte[] biff, ReadBudget budget)
    {
        budget.Inflated(biff.Length, WorkbookStream);
        var formats = 0;
        var sheetStarts = new HashSet<uint>();
        for (var at = 0; at + 4 <= biff.Length;)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(biff.AsSpan(at));
            var size = BinaryPrimitives.ReadUInt16LittleEndian(biff.AsSpan(at + 2));
            if (type is Format or FormatOld && ++formats > MaxNumberFormats)
            {
                throw new UnreadableFileException(IssueCatalog.FichierDisproportionne.FormatsDeNombre.Format(
                    ("Limite", MessageNumbers.GroupThousands(MaxNumberFormats.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            }
            // Each sheet is scanned from its start to its end: two sheets sharing data would scan it twice.
            if (type == BoundSheet && size >= 4 && at + 8 <= biff.Length && !sheetStarts.Add(BinaryPrimitives.ReadUInt32LittleEndian(biff.AsSpan(at + 4))))
                throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsClasseurEndommage.Format());
            // What follows is encrypted: the checks below could not see it (the headers stay in clear).
            if (type == FilePass) throw new UnreadableFileException(IssueCatalog.ClasseurProtege.Xlsx.Format());
            if (type == SharedStrings) CheckSharedStrings(biff, at);
            at += 4 + size;
        }
    }

    private static void CheckSharedStrings(byte[] biff, int at)
    {
        try
        {
            XlsSharedStringTable.Check(biff, at);
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsClasseurEndommage.Format(), inner: ex);
        }
    }

    private static IEnumerable<RawTable> Tables(Workbook workbook)
    {
        // The reader is not disposed with the listing: a table's rows may be read after it (it holds memory only).
        for (var index = 0; index < workbook.SheetCount; index++)
        {
            var name = workbook.NameOf(index);
            yield return new RawTable(name, null, new SheetRows(workbook, index));
        }
    }

    /// <summary>
    /// ExcelDataReader's reader, forward-only, shared by the tables of one read: a sheet's rows continue
    /// from where the listing stands (the validator reads each sheet in turn), and a sheet read again, or an
    /// earlier one, starts the reader over (its sheets' extents are kept: no second scan).
    /// </summary>
    private sealed class Workbook(IExcelDataReader reader, ReadBudget budget)
    {
        private int _sheet;
        private bool _rowsStarted;

        public int Generation;

        public int SheetCount { get; } = reader.ResultsCount;

        public IExcelDataReader Reader => reader;

        public ReadBudget Budget => budget;

        public string? NameOf(int index)
        {
            Damaged(() => MoveTo(index, forRows: false));
            return reader.Name;
        }

        /// <summary>Places the reader on sheet <paramref name="index"/>, before its first row.</summary>
        public void MoveTo(int index, bool forRows)
        {
            if (index < _sheet || (index == _sheet && _rowsStarted))
            {
                reader.Reset();
                _sheet = 0;
                _rowsStarted = false;
            }
            while (_sheet < index)
            {
                if (!reader.NextResult()) throw new InvalidDataException("A sheet listed but not found.");
                _sheet++;
                _rowsStarted = false;
            }
            if (!forRows) return;
            _rowsStarted = true;
            // BIFF8's limits: past them its walk of declared rows and each row's array of FieldCount cells would cost what the file says.
            if (reader.FieldCount > MaxColumns || reader.RowCount > MaxRows || reader.RowCount < 0)
                throw new InvalidDataException($"A sheet of {reader.RowCount} rows and {reader.FieldCount} columns.");
            // The reader walks the declared rows (a look-up each, in blocks of 32), yielded or not: charged once per walk.
            budget.Cells(1, reader.RowCount / DeclaredRowsPerUnit);
        }

        public static T Damaged<T>(Func<T> step)
        {
            try
            {
                return step();
            }
            catch (Exception ex) when (XlsxReportReader.IsCorruption(ex))
            {
                throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsFeuilleEndommagee.Format(), inner: ex);
            }
        }

        public static void Damaged(Action step) => Damaged(() =>
        {
            step();
            return true;
        });
    }

    /// <summary>The rows of one sheet; an enumeration places the shared reader on the sheet (see <see cref="Workbook"/>).</summary>
    private sealed class SheetRows(Workbook workbook, int index) : IEnumerable<RawRow>
    {
        public IEnumerator<RawRow> GetEnumerator() => Enumerate().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private IEnumerable<RawRow> Enumerate()
        {
            var generation = ++workbook.Generation;
            Workbook.Damaged(() => workbook.MoveTo(index, forRows: true));
            var reader = workbook.Reader;
            var budget = workbook.Budget;
            var maxCellChars = budget.Limits.MaxCellChars;
            var builder = new RawRowBuilder(budget);
            Func<bool> next = reader.Read;
            while (true)
            {
                if (generation != workbook.Generation)
                    throw new InvalidOperationException("Another enumeration of this workbook's rows has started: enumerate one sheet at a time.");
                if (!Workbook.Damaged(next)) yield break;
                // Every row index is handed on by the reader, from 0: its depth is the row's index.
                var rowNumber = reader.Depth + 1;
                builder.Begin();
                var values = 0;
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var cell = reader.GetValue(column);
                    if (cell is null) continue;
                    var value = Convert(cell, budget, maxCellChars);
                    if (!value.IsEmpty) values++;
                    builder.Set(column, value, present: true);
                }
                // Every row is FieldCount slots wide, walked above whatever it holds (a sheet declaring 256 columns and
                // 65 536 rows hands on as many blank rows): the walk is charged with the row.
                var walked = reader.FieldCount / SlotsPerUnit;
                if (values == 0)
                {
                    // A blank row, or one of empty texts: not handed on, but charged (the reader made it).
                    budget.Cells(rowNumber, walked);
                    continue;
                }
                if (walked > 0) budget.Cells(rowNumber, walked - 1);
                yield return builder.Build(rowNumber);
            }
        }

        /// <summary>A value as ExcelDataReader types it, as the XLSX reader keeps the same value.</summary>
        private static RawValue Convert(object cell, ReadBudget budget, int maxCellChars)
        {
            switch (cell)
            {
                case string text:
                    // A shared string is one reference in the sheet and its whole text here: charged as inflated, as XLSX's are.
                    budget.Inflated(text.Length, WorkbookStream);
                    return text.Length > maxCellChars + 1 ? RawValue.FromText(text.AsSpan(), maxCellChars) : RawValue.FromText(text);
                case double number:
                    return RawValue.FromNumber(number);
                case int number:
                    return RawValue.FromNumber(number);
                case bool boolean:
                    return RawValue.FromBoolean(boolean);
                case DateTime date:
                    return RawValue.FromDate(date);
                case TimeSpan duration:
                    return RawValue.FromText(duration.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
                default:
                    return RawValue.FromText(System.Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
