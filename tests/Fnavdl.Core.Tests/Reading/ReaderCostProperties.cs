using System.Globalization;
using System.Text;
using CsCheck;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>
/// The cost model as properties (CsCheck builds the inputs): whatever widths, row numbers, key
/// counts, repeat counts and shared strings a file declares, reading every row of every table
/// allocates at most a multiple of its bytes (for a package: of its bytes and of the bytes it
/// inflated, which the budget bounds in turn) plus a constant. Allocation is counted on this thread
/// around a synchronous read: deterministic, unlike time.
/// </summary>
public sealed class ReaderCostProperties
{
    /// <summary>Bytes allocated per byte of upload (and per inflated byte for a package), and the constant: buffers, a zip's window.</summary>
    private const long PerByte = 64;
    private const long PerInflatedByte = 16;
    private const long Constant = 8_000_000;

    private static long ReadEverything(IReportReader reader, byte[] file, out ReadBudget budget)
    {
        budget = new ReadBudget(ReadLimits.Default);
        using var content = new MemoryStream(file, writable: false);
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            foreach (var table in reader.Read(content, budget))
                foreach (var row in table.Rows)
                    _ = row.Width;
        }
        catch (UnreadableFileException)
        {
            // Refusing the file at its first costly place is one of the model's outcomes.
        }
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void AssertBounded(IReportReader reader, byte[] file)
    {
        var allocated = ReadEverything(reader, file, out var budget);
        var bound = PerByte * file.Length + PerInflatedByte * budget.ExpandedSpent + Constant;
        Assert.True(allocated <= bound,
            $"{allocated / 1e6:N1} MB allocated for {file.Length:N0} bytes ({budget.ExpandedSpent:N0} inflated); bound {bound / 1e6:N1} MB");
    }

    /// <summary>A cell position far out, a letter column as a sheet writes it.</summary>
    private static string Letters(int column)
    {
        var letters = "";
        for (column++; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }

    [Fact]
    public void A_csv_costs_its_bytes_whatever_its_rows_widths()
    {
        // Rows of a few values at far columns, the first as wide as the rest: Sep sizes per-column state on it.
        var rows = Gen.Int[0, 20_000].Array[0, 4].Array[1, 30];
        rows.Sample(lines =>
        {
            var text = new StringBuilder();
            foreach (var columns in lines)
            {
                var at = 0;
                foreach (var column in columns.Order())
                {
                    text.Append(';', column - at).Append('x');
                    at = column;
                }
                text.Append('\n');
            }
            AssertBounded(new CsvReportReader(), CostlyFiles.Utf8(text.ToString()));
        }, iter: 25, threads: 1);
    }

    [Fact]
    public void A_json_table_costs_its_bytes_whatever_its_keys_and_objects()
    {
        var shape = Gen.Select(Gen.Int[0, 20_000], Gen.Int[0, 3_000], Gen.Int[0, 2_000]);
        shape.Sample((keys, empty, repeated) =>
        {
            var json = new StringBuilder("[{");
            json.AppendJoin(',', CostlyFiles.Header.Select(h => $"\"{h}\":\"x\""));
            for (var i = 0; i < keys; i++) json.Append(CultureInfo.InvariantCulture, $",\"k{i}\":{i}");
            for (var i = 0; i < repeated; i++) json.Append(",\"intitule\":1");
            json.Append('}');
            for (var i = 0; i < empty; i++) json.Append(",{}");
            AssertBounded(new JsonReportReader(), CostlyFiles.Utf8(json.Append(']').ToString()));
        }, iter: 25, threads: 1);
    }

    [Fact]
    public void An_xlsx_costs_its_bytes_whatever_its_columns_rows_and_shared_strings()
    {
        var shape = Gen.Select(Gen.Int[0, 16_383], Gen.Int[1, 3_000], Gen.Int[1, 300], Gen.Int[0, 100], Gen.Int[0, 40_000]);
        shape.Sample((column, rows, rowGap, strings, length) =>
        {
            var sheet = new StringBuilder(CostlyFiles.XlsxHeaderRow());
            for (var i = 0; i < rows; i++)
            {
                var row = 2 + i * rowGap;
                if (row > 1_048_576) break;
                sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{row}\"><c r=\"{Letters(column)}{row}\" t=\"s\"><v>{i % Math.Max(strings, 1)}</v></c></row>");
            }
            var file = CostlyFiles.Xlsx([sheet.ToString()], Enumerable.Range(0, strings).Select(i => new string('a', length) + i));
            AssertBounded(new XlsxReportReader(), file);
        }, iter: 25, threads: 1);
    }

    [Fact]
    public void An_xls_costs_its_bytes_whatever_its_declared_rows_columns_sheets_and_shared_strings()
    {
        var declared = Gen.Select(Gen.Int[1, 65_536], Gen.Int[1, 256], Gen.Int[1, 40]);
        var cells = Gen.Select(Gen.Int[0, 255], Gen.Int[0, 2_000], Gen.Int[0, 40], Gen.Int[1, 20_000]);
        Gen.Select(declared, cells).Sample((shape, content) =>
        {
            var (rows, columns, sheets) = shape;
            var (column, cellRows, strings, length) = content;
            var writer = new XlsWriter();
            if (strings > 0) writer.SharedStrings([.. Enumerable.Range(0, strings).Select(i => new string('a', length) + i)]);
            for (var sheet = 0; sheet < sheets; sheet++)
            {
                writer.Sheet("F" + sheet, s =>
                {
                    s.Dimensions((uint)rows, (ushort)columns);
                    if (sheet == 0) foreach (var (name, i) in CostlyFiles.Header.Select((h, i) => (h, i))) s.Label(0, (ushort)i, name);
                    for (var r = 1; r <= cellRows && r < rows; r++)
                    {
                        if (strings > 0) s.SharedString((ushort)r, (ushort)column, r % strings);
                        else s.Number((ushort)r, (ushort)column, r);
                    }
                    s.Number((ushort)(rows - 1), 0, 1);
                });
            }
            AssertBounded(new XlsReportReader(), writer.ToBytes());
        }, iter: 25, threads: 1);
    }

    [Fact]
    public void An_xlsb_costs_its_bytes_whatever_its_columns_rows_and_shared_strings()
    {
        var shape = Gen.Select(Gen.Int[0, 16_383], Gen.Int[1, 3_000], Gen.Int[1, 300], Gen.Int[0, 100], Gen.Int[0, 40_000]);
        shape.Sample((column, rows, rowGap, strings, length) =>
        {
            var writer = new XlsbWriter().SharedStrings(Enumerable.Range(0, strings).Select(i => new string('a', length) + i));
            writer.Sheet("F", s =>
            {
                s.Row(0);
                foreach (var (name, i) in CostlyFiles.Header.Select((h, i) => (h, i))) s.Text(i, name);
                for (var i = 0; i < rows; i++)
                {
                    var row = 1 + i * rowGap;
                    if (row >= 1_048_576) break;
                    s.Row(row);
                    if (strings > 0) s.SharedString(column, i % strings);
                    else s.Real(column, i);
                }
            });
            AssertBounded(new XlsbReportReader(), writer.ToBytes());
        }, iter: 25, threads: 1);
    }

    [Fact]
    public void An_ods_costs_its_bytes_whatever_its_repeats()
    {
        var shape = Gen.Select(Gen.Int[1, 1_000], Gen.Int[1, 16_384], Gen.Int[0, 16_000], Gen.Int[1, 200]);
        shape.Sample((rowRepeat, cellRepeat, emptyBefore, rows) =>
        {
            var table = new StringBuilder(CostlyFiles.OdsHeaderRow());
            for (var i = 0; i < rows; i++)
            {
                table.Append(CultureInfo.InvariantCulture, $"<table:table-row table:number-rows-repeated=\"{rowRepeat}\">");
                if (emptyBefore > 0) table.Append(CultureInfo.InvariantCulture, $"<table:table-cell table:number-columns-repeated=\"{emptyBefore}\"/>");
                var repeat = Math.Min(cellRepeat, 16_384 - emptyBefore);
                table.Append(CultureInfo.InvariantCulture,
                    $"<table:table-cell table:number-columns-repeated=\"{repeat}\" office:value-type=\"float\" office:value=\"{i}\"/></table:table-row>");
            }
            AssertBounded(new OdsReportReader(), CostlyFiles.Ods([table.ToString()]));
        }, iter: 25, threads: 1);
    }
}
