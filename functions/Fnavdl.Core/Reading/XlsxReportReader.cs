using System.IO.Compression;
using ExcelDataReader;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Reads an XLSX workbook with ExcelDataReader: one <see cref="RawTable"/> per sheet, in workbook
/// order, whose rows stream from the sheet XML. <see cref="RawRow.RowNumber"/> is the row number
/// Excel shows (blank and absent rows count), cells keep their type (number, date, boolean, text).
/// </summary>
/// <remarks>
/// Sheets may be read in any order and a sheet's rows may be enumerated again (e.g. the schema
/// stage peeks at each sheet's first rows to find a header, then reads the chosen sheet in full):
/// all tables share one ExcelDataReader, which moves to the requested sheet when an enumeration
/// starts (moving forward is cheap; going back re-reads from the first sheet). Two enumerations
/// of the same workbook cannot be interleaved: the older one throws
/// <see cref="InvalidOperationException"/> as soon as the newer one has moved the reader.
/// </remarks>
public sealed class XlsxReportReader : IReportReader
{
    public IEnumerable<RawTable> Read(Stream content, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);

        var start = content.Position;
        CheckNotCompoundFile(content);
        content.Position = start;
        CheckExpandedSize(content, limits);
        content.Position = start;

        // Eager: an unreadable workbook fails here, on the call, not on the first row.
        var workbook = new WorkbookCursor(content, start, limits.MaxCellChars);
        var sheetNames = workbook.SheetNames();
        return Tables(workbook, sheetNames);
    }

    private static IEnumerable<RawTable> Tables(WorkbookCursor workbook, IReadOnlyList<string> sheetNames)
    {
        try
        {
            for (var index = 0; index < sheetNames.Count; index++)
                yield return new RawTable(sheetNames[index], null, new SheetRows(workbook, index));
        }
        finally
        {
            // Releases the reader when the caller is done with the tables; a later enumeration of
            // a table's rows (after ToList(), say) reopens it and releases it when it ends.
            workbook.TablesDone();
        }
    }

    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackageName = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>
    /// An XLSX saved with a password is not a ZIP but an OLE compound file holding the encrypted
    /// package (streams EncryptionInfo and EncryptedPackage); so is an old .xls renamed. Both are
    /// said as what they are, not as a damaged archive.
    /// </summary>
    private static void CheckNotCompoundFile(Stream content)
    {
        Span<byte> head = stackalloc byte[CompoundFileSignature.Length];
        if (content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length
            || !head.SequenceEqual(CompoundFileSignature)) return;
        if (ContainsEncryptedPackage(content))
            throw new UnreadableFileException(IssueCatalog.ClasseurProtege.Xlsx.Format());
        throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsxAncienFormat.Format());
    }

    /// <summary>The compound file's directory names its streams in UTF-16: looks for EncryptedPackage.</summary>
    private static bool ContainsEncryptedPackage(Stream content)
    {
        var buffer = new byte[64 * 1024 + EncryptedPackageName.Length];
        var carried = 0;
        int read;
        while ((read = content.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var available = carried + read;
            if (buffer.AsSpan(0, available).IndexOf(EncryptedPackageName) >= 0) return true;
            carried = Math.Min(EncryptedPackageName.Length - 1, available);
            buffer.AsSpan(available - carried, carried).CopyTo(buffer);
        }
        return false;
    }

    /// <summary>Zip bombs stop here, before ExcelDataReader inflates anything.</summary>
    private static void CheckExpandedSize(Stream content, ReadLimits limits)
    {
        long expanded = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
                expanded += entry.Length;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsxArchiveInvalide.Format(), inner: ex);
        }

        if (expanded > limits.MaxXlsxExpandedBytes)
        {
            throw new UnreadableFileException(IssueCatalog.XlsxTropVolumineux.Decompresse.Format(
                ("Taille", ByteSizeText.Format(expanded)), ("Limite", ByteSizeText.Format(limits.MaxXlsxExpandedBytes))));
        }
    }

    private static UnreadableFileException Unreadable(IssueMessage reason, Exception inner) => new(reason, inner: inner);

    /// <summary>Exceptions ExcelDataReader lets through for a damaged package or sheet:
    /// anything else than the caller's own doing (cancellation, a disposed stream) or memory exhaustion.</summary>
    internal static bool IsCorruption(Exception ex) => ex is not (OutOfMemoryException or OperationCanceledException
        or ObjectDisposedException or UnreadableFileException);

    /// <summary>Rows of one sheet; each enumeration moves the shared reader to that sheet.</summary>
    private sealed class SheetRows(WorkbookCursor workbook, int sheetIndex) : IEnumerable<RawRow>
    {
        public IEnumerator<RawRow> GetEnumerator() => Enumerate().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private IEnumerable<RawRow> Enumerate()
        {
            var generation = workbook.MoveToSheetStart(sheetIndex);
            try
            {
                while (workbook.ReadRow(generation) is { } row)
                    yield return row;
            }
            finally
            {
                workbook.RowsDone();
            }
        }
    }

    /// <summary>The one ExcelDataReader of a workbook and where it stands.</summary>
    private sealed class WorkbookCursor(Stream content, long start, int maxCellChars)
    {
        private IExcelDataReader? _reader;
        private int _sheetIndex;
        private int _rowsRead;
        private int _generation;
        private bool _tablesDone;

        public IReadOnlyList<string> SheetNames()
        {
            var reader = Open();
            var names = new List<string>(reader.ResultsCount);
            Guard(() =>
            {
                do names.Add(reader.Name); while (reader.NextResult());
                reader.Reset();
            });
            _sheetIndex = 0;
            _rowsRead = 0;
            return names;
        }

        /// <summary>Positions the reader before the first row of a sheet; returns the enumeration's token.</summary>
        public int MoveToSheetStart(int sheetIndex)
        {
            var reader = Open();
            Guard(() =>
            {
                if (_sheetIndex > sheetIndex || (_sheetIndex == sheetIndex && _rowsRead > 0))
                {
                    reader.Reset();
                    _sheetIndex = 0;
                }
                while (_sheetIndex < sheetIndex)
                {
                    if (!reader.NextResult()) throw new InvalidOperationException($"The workbook has no sheet {sheetIndex}.");
                    _sheetIndex++;
                }
            });
            _rowsRead = 0;
            return ++_generation;
        }

        /// <summary>The next row of the current sheet, or null at its end.</summary>
        public RawRow? ReadRow(int generation)
        {
            if (generation != _generation || _reader is null)
                throw new InvalidOperationException(
                    "Another enumeration of this workbook's rows moved the reader: enumerate one sheet at a time.");

            var reader = _reader;
            try
            {
                if (!reader.Read()) return null;
                // ExcelDataReader yields one record per sheet row, absent rows included (it fills the
                // gaps, leading ones too), so the count of records read is the row number Excel shows.
                _rowsRead++;
                // Cells stop at the row's last non-empty one: a sheet formatted down to column
                // XFD would otherwise make every row 16,384 cells wide.
                var width = reader.FieldCount;
                while (width > 0 && reader.GetValue(width - 1) is null) width--;
                var cells = new RawValue[width];
                for (var column = 0; column < cells.Length; column++)
                    cells[column] = ToRawValue(reader.GetValue(column), maxCellChars);
                return new RawRow(_rowsRead, cells);
            }
            catch (Exception ex) when (IsCorruption(ex))
            {
                throw Unreadable(IssueCatalog.FichierIllisible.XlsxFeuilleEndommagee.Format(), ex);
            }
        }

        public void RowsDone()
        {
            if (_tablesDone) Close();
        }

        public void TablesDone()
        {
            _tablesDone = true;
            Close();
        }

        private IExcelDataReader Open()
        {
            if (_reader is not null) return _reader;
            content.Position = start;
            CodePages.EnsureRegistered();
            try
            {
                _reader = ExcelReaderFactory.CreateOpenXmlReader(content,
                    new ExcelReaderConfiguration { LeaveOpen = true });
            }
            catch (Exception ex) when (IsCorruption(ex))
            {
                throw Unreadable(IssueCatalog.FichierIllisible.XlsxClasseurEndommage.Format(), ex);
            }
            _sheetIndex = 0;
            _rowsRead = 0;
            return _reader;
        }

        private void Close()
        {
            _reader?.Dispose();
            _reader = null;
            _generation++;
        }

        private static void Guard(Action action)
        {
            try
            {
                action();
            }
            catch (Exception ex) when (IsCorruption(ex))
            {
                throw Unreadable(IssueCatalog.FichierIllisible.XlsxFeuilleEndommagee.Format(), ex);
            }
        }

        private static RawValue ToRawValue(object? value, int maxCellChars) => value switch
        {
            null => RawValue.Empty,
            string text => text.Length > maxCellChars ? RawValue.FromText(text.AsSpan(), maxCellChars) : RawValue.FromText(text),
            double number => RawValue.FromNumber(number),
            DateTime date => RawValue.FromDate(date),
            bool flag => RawValue.FromBoolean(flag),
            TimeSpan time => RawValue.FromText(time.ToString("c", System.Globalization.CultureInfo.InvariantCulture)),
            IConvertible convertible when convertible.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal =>
                RawValue.FromNumber(convertible.ToDouble(System.Globalization.CultureInfo.InvariantCulture)),
            _ => RawValue.FromText(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }
}
