using Fnavdl.Core.Issues;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>
/// Issue 17, points 2 to 5 (spec: « Cost of a file »): each upload that cost far more than its size
/// is validated here with the bytes it allocates counted (deterministic: the validation runs
/// synchronously on this thread). The bound is a multiple of the upload's bytes plus a constant.
/// </summary>
public sealed class CostOfAFileTests
{
    private static readonly ReportValidator Validator = TestServices.Validator();

    private static (ValidationReport Report, long Allocated) Validate(byte[] file, string name)
    {
        using var content = new MemoryStream(file, writable: false);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var validation = Validator.ValidateAsync(content, "93/" + name, "93",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);
        // Nothing awaits for real without a sink: what was allocated is this thread's.
        Assert.True(validation.IsCompleted);
        var report = validation.GetAwaiter().GetResult();
        return (report, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void AssertAllocatedAtMost(long allocated, long perByte, long constant, int bytes) =>
        Assert.True(allocated <= perByte * bytes + constant,
            $"allocated {allocated / 1e6:N1} MB for {bytes / 1e6:N2} MB of upload (bound {(perByte * bytes + constant) / 1e6:N1} MB)");

    [Fact]
    public void A_line_of_a_million_delimiters_costs_its_bytes_not_a_million_cells()
    {
        var file = CostlyFiles.CsvOfDelimiters(1_048_566);

        var (report, allocated) = Validate(file, "delimiteurs.csv");

        // Before: 1.7 GB (Sep made one string pool per column of the first line) and a million-cell row.
        AssertAllocatedAtMost(allocated, 64, 16_000_000, file.Length);
        Assert.Equal(IssueCodes.EnTeteIntrouvable, Assert.Single(report.Issues).Code);
    }

    [Fact]
    public void An_object_of_100_000_keys_then_empty_objects_costs_its_bytes_not_keys_times_rows()
    {
        var file = CostlyFiles.JsonKeysThenEmptyObjects(100_000, 5_000);

        var (report, allocated) = Validate(file, "cles.json");

        // Before: a header-wide row of 100 009 cells per empty object (1.6 MB each), 137 s of CPU at 60 000 objects.
        // Now: refused once, at the object whose keys pass a spreadsheet's 16 384 columns.
        AssertAllocatedAtMost(allocated, 64, 16_000_000, file.Length);
        var refusal = Assert.Single(report.Issues);
        Assert.Equal("fichier-disproportionne", refusal.Code);
        Assert.Equal(1, refusal.Row);
    }

    [Fact]
    public void Cells_at_column_XFD_cost_their_bytes_not_16_384_columns_per_row()
    {
        var file = CostlyFiles.XlsxCellsAtLastColumn(20_000);

        var (report, allocated) = Validate(file, "xfd.xlsx");

        // Before: a 16 384-cell row (256 KB) per sheet row.
        AssertAllocatedAtMost(allocated, 2_000, 16_000_000, file.Length);
        Assert.Equal(20_000, report.Rows);
        var outside = report.Issues.First(i => i.Code == IssueCodes.CelluleHorsEnTete);
        Assert.Equal("XFD2", outside.Cell);
        Assert.Equal(2, outside.Row);
    }

    [Fact]
    public void Shared_strings_past_a_budget_tied_to_the_upload_are_refused_at_the_first_string_past_it()
    {
        var file = CostlyFiles.XlsxLongSharedStrings(2_000, 32_000);

        var (report, allocated) = Validate(file, "textes.xlsx");


        // Before: all kept (issue 17 measured 9 000 such strings: 332 MB from 0.3 MB).
        var refusal = Assert.Single(report.Issues);
        Assert.Equal("fichier-disproportionne", refusal.Code);
        Assert.Contains("xl/sharedStrings.xml", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("texte n° 525,", refusal.Message + " [" + refusal.Row + "]", StringComparison.Ordinal);
        // The strings kept up to the refusal (16 MiB, the floor) decoded once each: a constant, not 9 000 strings.
        AssertAllocatedAtMost(allocated, 64, 160_000_000, file.Length);
    }

    [Fact]
    public void Sheets_declaring_65_536_rows_of_256_columns_cost_their_bytes_not_their_declared_rows()
    {
        // 2 000 sheets of a few dozen bytes, each declaring 65 536 rows and holding a value on the last: ExcelDataReader
        // hands on 65 535 blank rows of 256 slots per sheet (8.6 billion slots in all).
        var file = CostlyBinaryWorkbooks.XlsDeclaredSheets(2_000);

        var (report, allocated) = Validate(file, "feuilles-declarees.xls");

        // Refused once the walked rows and slots pass the cells allowance.
        AssertAllocatedAtMost(allocated, 64, 40_000_000, file.Length);
        var refusal = Assert.Single(report.Issues);
        Assert.Equal("fichier-disproportionne", refusal.Code);
    }

    [Theory]
    [InlineData("iv.xls", "IV2")]
    [InlineData("xfd.xlsb", "XFD2")]
    public void Binary_workbook_cells_at_their_last_column_cost_their_bytes_not_a_row_of_every_column(string name, string outside)
    {
        var file = name.EndsWith(".xls", StringComparison.Ordinal)
            ? CostlyBinaryWorkbooks.XlsCellsAtLastColumn(CostlyFiles.Header, 20_000)
            : CostlyBinaryWorkbooks.XlsbCellsAtLastColumn(CostlyFiles.Header, 20_000);

        var (report, allocated) = Validate(file, name);

        AssertAllocatedAtMost(allocated, 2_000, 16_000_000, file.Length);
        Assert.Equal(20_000, report.Rows);
        Assert.Equal(outside, report.Issues.First(i => i.Code == IssueCodes.CelluleHorsEnTete).Cell);
    }

    [Fact]
    public void Xlsb_shared_strings_past_their_budget_are_refused_at_the_first_string_past_it()
    {
        var file = CostlyBinaryWorkbooks.XlsbLongSharedStrings(CostlyFiles.Header, 2_000, 32_000);

        var (report, allocated) = Validate(file, "textes.xlsb");

        var refusal = Assert.Single(report.Issues);
        Assert.Equal("fichier-disproportionne", refusal.Code);
        Assert.Contains("xl/sharedStrings.bin", refusal.Message, StringComparison.Ordinal);
        AssertAllocatedAtMost(allocated, 64, 160_000_000, file.Length);
    }
}
