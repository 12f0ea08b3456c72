using System.IO.Compression;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Reads an Excel binary workbook (.xlsb): one <see cref="RawTable"/> per sheet, in workbook order, whose
/// rows stream from the sheet's BIFF12 records (<see cref="XlsbSheetReader"/>) with the XLSX reader's rules:
/// row numbers as Excel shows them (absent rows not yielded), cells typed by their style's number format
/// (ExcelDataReader's classifier), 1904 date system, shared strings held as UTF-8 within their allowance.
/// </summary>
/// <remarks>
/// <para>Hand-written: ExcelDataReader 3.6.0, the version this project's feed serves, reads no .xlsb (3.7
/// added it, and its reader allocates each record at the size the record declares). The part read is small
/// ([MS-XLSB] 2.1.4 records; the workbook, shared strings, styles and cell records).</para>
/// <para>The package is checked as an XLSX is (declared sizes before anything is inflated, every inflated
/// byte charged); a record's declared size is never allocated (<see cref="Biff12Records"/>); a cell beyond
/// XFD or a row beyond 1 048 576 is a damaged sheet; a password-protected workbook (an OLE compound file) is
/// said so, and an .xls or .xlsx saved under .xlsb is read as what it is.</para>
/// </remarks>
internal sealed class XlsbReportReader : IReportReader
{
    public IEnumerable<RawTable> Read(Stream content, ReadBudget budget)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(budget);

        budget.Begin(content);
        var start = content.Position;
        if (XlsxReportReader.IsCompoundFile(content))
        {
            content.Position = start;
            return new XlsReportReader().Read(content, budget);
        }
        content.Position = start;
        XlsxReportReader.CheckExpandedSize(content, budget.Limits, IssueCatalog.FichierIllisible.XlsbArchiveInvalide.Format());
        content.Position = start;
        if (IsXmlWorkbook(content))
        {
            content.Position = start;
            return new XlsxReportReader().Read(content, budget);
        }
        content.Position = start;

        // Eager: an unreadable workbook fails here, on the call, not on the first row.
        XlsbWorkbook workbook;
        try
        {
            workbook = XlsbWorkbook.Open(content, budget);
        }
        catch (Exception ex) when (XlsxReportReader.IsCorruption(ex))
        {
            throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsbClasseurEndommage.Format(), inner: ex);
        }
        var enumerations = new int[1];
        return workbook.Sheets.Select(sheet => new RawTable(sheet.Name, null, new SheetRows(workbook, sheet, enumerations, budget)));
    }

    /// <summary>An .xlsx under another name: its workbook part is XML, and it has no binary one.</summary>
    private static bool IsXmlWorkbook(Stream content)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        return zip.GetEntry("xl/workbook.xml") is not null && zip.GetEntry("xl/workbook.bin") is null;
    }

    /// <summary>Rows of one sheet; each enumeration reads the sheet's part from its start, and a newer one ends the older.</summary>
    private sealed class SheetRows(XlsbWorkbook workbook, XlsxSheet sheet, int[] enumerations, ReadBudget budget) : IEnumerable<RawRow>
    {
        public IEnumerator<RawRow> GetEnumerator() => Enumerate().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private IEnumerable<RawRow> Enumerate()
        {
            var generation = ++enumerations[0];
            using var part = Damaged(() => workbook.OpenSheet(sheet));
            if (part is null) yield break;
            using var rows = new XlsbSheetReader(new Biff12Records(part), workbook, budget).Rows().GetEnumerator();
            Func<bool> next = rows.MoveNext;
            while (true)
            {
                if (generation != enumerations[0])
                    throw new InvalidOperationException("Another enumeration of this workbook's rows has started: enumerate one sheet at a time.");
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
            catch (Exception ex) when (XlsxReportReader.IsCorruption(ex))
            {
                throw new UnreadableFileException(IssueCatalog.FichierIllisible.XlsbFeuilleEndommagee.Format(), inner: ex);
            }
        }
    }
}
