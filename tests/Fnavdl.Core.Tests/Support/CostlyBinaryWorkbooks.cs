using System.Buffers.Binary;
using System.IO.Compression;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// The cost model's worst .xls and .xlsb inputs (Reading/README.md), written record by record: a header
/// row of <c>header</c> labels where the validator should read on. Shared by the cost tests and the
/// worst-case bench (tests/Fnavdl.Bench links this file and <see cref="XlsWriter"/>'s).
/// </summary>
public static class CostlyBinaryWorkbooks
{
    /// <summary>BIFF8's last column (IV) and a sheet's rows.</summary>
    private const ushort XlsLastColumn = 255;

    private const int XlsRowsPerSheet = 65_536;

    private static XlsSheetWriter XlsHeader(XlsSheetWriter sheet, IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++) sheet.Label(0, (ushort)i, header[i]);
        return sheet;
    }

    /// <summary>Sheets of a header then rows of one number at column IV: each row is 256 slots wide in ExcelDataReader.</summary>
    public static byte[] XlsCellsAtLastColumn(IReadOnlyList<string> header, int rows)
    {
        var writer = new XlsWriter();
        for (var sheet = 0; rows > 0; sheet++)
        {
            var here = Math.Min(rows, XlsRowsPerSheet - 1);
            writer.Sheet("F" + sheet, s =>
            {
                XlsHeader(s, header);
                for (var r = 1; r <= here; r++) s.Number((ushort)r, XlsLastColumn, r);
            });
            rows -= here;
        }
        return writer.ToBytes();
    }

    /// <summary>
    /// Sheets declaring 65 536 rows of 256 columns (DIMENSIONS), holding one value on the last row: ExcelDataReader
    /// walks every declared row and hands on 65 535 blank rows, 256 slots each, per sheet of a few dozen bytes.
    /// </summary>
    public static byte[] XlsDeclaredSheets(int sheets)
    {
        var writer = new XlsWriter();
        for (var sheet = 0; sheet < sheets; sheet++)
            writer.Sheet("F" + sheet, s => s.Dimensions(XlsRowsPerSheet, XlsLastColumn + 1).Number(XlsRowsPerSheet - 1, 0, 1));
        return writer.ToBytes();
    }

    /// <summary>A header, then rows of one reference each to the same shared string of <paramref name="length"/> characters.</summary>
    public static byte[] XlsLongSharedStrings(IReadOnlyList<string> header, int strings, int length, int references)
    {
        var texts = Enumerable.Range(0, strings).Select(i => new string('a', length - 6) + i.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var writer = new XlsWriter().SharedStrings(texts);
        for (var sheet = 0; references > 0; sheet++)
        {
            var here = Math.Min(references, XlsRowsPerSheet - 1);
            var first = sheet * (XlsRowsPerSheet - 1);
            writer.Sheet("F" + sheet, s =>
            {
                XlsHeader(s, header);
                for (var r = 1; r <= here; r++) s.SharedString((ushort)r, 1, (first + r) % strings);
            });
            references -= here;
        }
        return writer.ToBytes();
    }

    /// <summary>A header, then rows of 256 numbers each in one MULRK record (6 bytes a cell).</summary>
    public static byte[] XlsDenseRows(IReadOnlyList<string> header, int rows)
    {
        var mulRk = new byte[4 + 6 * (XlsLastColumn + 1) + 2];
        for (var c = 0; c <= XlsLastColumn; c++) BinaryPrimitives.WriteUInt32LittleEndian(mulRk.AsSpan(4 + 6 * c + 2), (uint)(c << 2) | 2);
        BinaryPrimitives.WriteUInt16LittleEndian(mulRk.AsSpan(mulRk.Length - 2), XlsLastColumn);
        var writer = new XlsWriter();
        for (var sheet = 0; rows > 0; sheet++)
        {
            var here = Math.Min(rows, XlsRowsPerSheet - 1);
            writer.Sheet("F" + sheet, s =>
            {
                XlsHeader(s, header);
                for (var r = 1; r <= here; r++)
                {
                    var record = (byte[])mulRk.Clone();
                    BinaryPrimitives.WriteUInt16LittleEndian(record, (ushort)r);
                    s.Raw(0x00BD, record);
                }
            });
            rows -= here;
        }
        return writer.ToBytes();
    }

    private static XlsbSheetWriter XlsbHeader(XlsbSheetWriter sheet, IReadOnlyList<string> header)
    {
        sheet.Row(0);
        for (var i = 0; i < header.Count; i++) sheet.Text(i, header[i]);
        return sheet;
    }

    /// <summary>A header, then rows of one number at column XFD.</summary>
    public static byte[] XlsbCellsAtLastColumn(IReadOnlyList<string> header, int rows) =>
        new XlsbWriter().Sheet("F", s =>
        {
            XlsbHeader(s, header);
            for (var r = 1; r <= rows; r++) s.Row(r).Real(16_383, r);
        }).ToBytes();

    /// <summary>A header, then rows of 16 short numbers (BrtShortReal, no column): deflate's best ratio on cells.</summary>
    public static byte[] XlsbDenseShortCells(IReadOnlyList<string> header, int rows) =>
        new XlsbWriter().Sheet("F", s =>
        {
            XlsbHeader(s, header);
            for (var r = 1; r <= rows; r++)
            {
                s.Row(r);
                for (var c = 0; c < 16; c++) s.ShortReal(1);
            }
        }).ToBytes(CompressionLevel.SmallestSize);

    /// <summary><paramref name="count"/> shared strings of <paramref name="length"/> characters, the first referenced under a header.</summary>
    public static byte[] XlsbLongSharedStrings(IReadOnlyList<string> header, int count, int length) =>
        new XlsbWriter().SharedStrings(Enumerable.Range(0, count).Select(i => new string('a', length) + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Sheet("F", s => XlsbHeader(s, header).Row(1).SharedString(1, 0)).ToBytes(CompressionLevel.SmallestSize);

    /// <summary>
    /// A header, <paramref name="rows"/> rows, then a record declaring 256 MB (the most a record can) whose data is
    /// not there: it is skipped through what the part holds, and the part ends inside it.
    /// </summary>
    public static byte[] XlsbHugeRecord(IReadOnlyList<string> header, int rows) =>
        new XlsbWriter().Sheet("F", s =>
        {
            XlsbHeader(s, header);
            for (var r = 1; r <= rows; r++) s.Row(r).Real(0, r);
            s.Raw(0x0100, new byte[16], declaredSize: (1L << 28) - 1);
        }).ToBytes();

    /// <summary>Sheets whose one row is the last (1 048 576) at column XFD, no header: a workbook of many small sheets.</summary>
    public static byte[] XlsbManySheets(int sheets)
    {
        var writer = new XlsbWriter();
        for (var i = 0; i < sheets; i++) writer.Sheet("F" + i, s => s.Row(1_048_575).Real(16_383, 1));
        return writer.ToBytes(CompressionLevel.SmallestSize);
    }
}
