using System.IO.Compression;
using System.Xml;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Reads an XLSX workbook: one <see cref="RawTable"/> per sheet, in workbook order, whose rows
/// stream from the sheet XML (<see cref="XlsxSheetReader"/>). <see cref="RawRow.RowNumber"/> is the row
/// number Excel shows (absent rows count, and are not yielded), cells keep their type (number, date, boolean, text).
/// </summary>
/// <remarks>
/// <para>The workbook's parts (sheet list, date system, number formats, shared strings) are read
/// once, on the call; a sheet's XML is read only when its rows are enumerated, once per enumeration
/// (the schema stage peeks at each sheet's first rows to find a header, then reads the chosen sheet
/// in full). Sheets may be read in any order. Two enumerations of the same workbook cannot be
/// interleaved: the older one throws <see cref="InvalidOperationException"/> as soon as a newer one starts.</para>
/// <para>Hand-written over <see cref="XmlReader"/> rather than through ExcelDataReader's data reader,
/// which reads every sheet in full once before its first row (its dimensions) and keeps the shared
/// strings as one .NET string each: on a 200,000-row sheet that is twice the XML parsing and a heap
/// that grows with the sheet. ExcelDataReader still classifies number formats (dates), and cells
/// are read with its rules.</para>
/// </remarks>
internal sealed class XlsxReportReader : IReportReader
{
    public IEnumerable<RawTable> Read(Stream content, ReadBudget budget)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(budget);

        budget.Begin(content);
        var limits = budget.Limits;
        var start = content.Position;
        if (IsCompoundFile(content))
        {
            // A password-protected package, or an .xls saved under .xlsx (Excel opens it, after a warning): the
            // compound file's reader says the first as protected and reads the second as what it is.
            content.Position = start;
            return new XlsReportReader().Read(content, budget);
        }
        content.Position = start;
        CheckExpandedSize(content, limits, IssueCatalog.FichierIllisible.XlsxArchiveInvalide.Format());
        content.Position = start;

        // Eager: an unreadable workbook fails here, on the call, not on the first row.
        XlsxWorkbook workbook;
        try
        {
            workbook = XlsxWorkbook.Open(content, budget);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            throw Unreadable(IssueCatalog.FichierIllisible.XlsxClasseurEndommage.Format(), ex);
        }
        var enumerations = new EnumerationGuard();
        return workbook.Sheets.Select(sheet => new RawTable(sheet.Name, null, new SheetRows(workbook, sheet, enumerations, budget)));
    }

    /// <summary>
    /// An XLSX (or XLSB) saved with a password is not a ZIP but an OLE compound file holding the encrypted
    /// package (streams EncryptionInfo and EncryptedPackage); so is an .xls renamed.
    /// </summary>
    internal static bool IsCompoundFile(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        return content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && CompoundFile.HasSignature(head);
    }

    /// <summary>Zip bombs stop here, before anything is inflated.</summary>
    internal static void CheckExpandedSize(Stream content, ReadLimits limits, IssueMessage invalidArchive)
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
            throw new UnreadableFileException(invalidArchive, inner: ex);
        }

        if (expanded > limits.MaxXlsxExpandedBytes)
        {
            throw new UnreadableFileException(IssueCatalog.XlsxTropVolumineux.Decompresse.Format(
                ("Taille", ByteSizeText.Format(expanded)), ("Limite", ByteSizeText.Format(limits.MaxXlsxExpandedBytes))));
        }
    }

    private static UnreadableFileException Unreadable(IssueMessage reason, Exception inner) => new(reason, inner: inner);

    /// <summary>Exceptions a damaged package or sheet gives (malformed XML, bad compressed data, a cell
    /// beyond the last column…): anything else than the caller's own doing (cancellation, a disposed
    /// stream) or memory exhaustion.</summary>
    internal static bool IsCorruption(Exception ex) => ex is not (OutOfMemoryException or OperationCanceledException
        or ObjectDisposedException or UnreadableFileException);

    /// <summary>Which enumeration of a workbook's rows is the current one.</summary>
    private sealed class EnumerationGuard
    {
        public int Current;
    }

    /// <summary>Rows of one sheet; each enumeration reads the sheet's XML from its start.</summary>
    private sealed class SheetRows(XlsxWorkbook workbook, XlsxSheet sheet, EnumerationGuard enumerations, ReadBudget budget) : IEnumerable<RawRow>
    {
        public IEnumerator<RawRow> GetEnumerator() => Enumerate().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private IEnumerable<RawRow> Enumerate()
        {
            var generation = ++enumerations.Current;
            using var xml = Damaged(() => workbook.OpenSheet(sheet));
            if (xml is null) yield break;
            using var rows = new XlsxSheetReader(xml, workbook, budget).Rows().GetEnumerator();
            Func<bool> next = rows.MoveNext;
            while (true)
            {
                if (generation != enumerations.Current)
                    throw new InvalidOperationException(
                        "Another enumeration of this workbook's rows has started: enumerate one sheet at a time.");
                if (!Damaged(next)) yield break;
                yield return rows.Current;
            }
        }

        private static T Damaged<T>(Func<T> step)
        {
            try
            {
                return step();
            }
            catch (Exception ex) when (IsCorruption(ex))
            {
                throw Unreadable(IssueCatalog.FichierIllisible.XlsxFeuilleEndommagee.Format(), ex);
            }
        }
    }
}
