using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Reading;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// An ODS made by LibreOffice gives the same curated rows, row numbers and report as the same data in
/// XLSX: both files go through the real ingestion into their own store, and DuckDB reads both lakes back.
/// </summary>
public sealed class OdsIngestionTests
{
    /// <summary>Lineage columns of the rows that name the file version itself (the ingestion; its path, hash and time are in depots): the rest must match.</summary>
    private static readonly string[] VersionColumns = ["id_ingestion"];

    public static TheoryData<string, string> SameDataPairs => new()
    {
        // The Île-de-France sample (SampleMaker's XLSX) and LibreOffice's ODS of it.
        { Path.Combine(RepoPaths.Samples, "uploads", "11", "bilan-fnavdl-2021.xlsx"), OdsReportReaderTests.Fixture("bilan-idf-2021.ods") },
        // A sheet written in Calc, saved by LibreOffice both as ODS and as XLSX.
        { OdsReportReaderTests.Fixture("types-repetitions.xlsx"), OdsReportReaderTests.Fixture("types-repetitions.ods") },
    };

    [Theory]
    [MemberData(nameof(SameDataPairs))]
    public async Task An_ODS_gives_the_same_curated_rows_as_the_same_data_in_XLSX(string xlsx, string ods)
    {
        using var fromXlsx = new TempStore();
        using var fromOds = new TempStore();

        var xlsxRecord = await fromXlsx.Ingestion.IngestAsync(await fromXlsx.UploadAsync("11/bilan.xlsx", await File.ReadAllBytesAsync(xlsx)));
        var odsRecord = await fromOds.Ingestion.IngestAsync(await fromOds.UploadAsync("11/bilan.ods", await File.ReadAllBytesAsync(ods)));

        Assert.Equal(IngestionOutcome.Accepted, xlsxRecord.Outcome);
        Assert.Equal(IngestionOutcome.Accepted, odsRecord.Outcome);
        Assert.Equal((xlsxRecord.Rows, xlsxRecord.Warnings), (odsRecord.Rows, odsRecord.Warnings));
        Assert.Equal(xlsxRecord.UnitsWritten, odsRecord.UnitsWritten);
        foreach (var table in CuratedLayout.ProjetsTables)
        {
            var expected = CuratedRows(fromXlsx, table);
            if (table == CuratedLayout.Projets) Assert.NotEmpty(expected);
            Assert.Equal(expected, CuratedRows(fromOds, table));
        }
    }

    [Theory]
    [MemberData(nameof(SameDataPairs))]
    public async Task An_ODS_gets_the_same_report_as_the_same_data_in_XLSX(string xlsx, string ods)
    {
        var validator = TestServices.Validator();

        var fromXlsx = await Validate(validator, xlsx, "11/bilan.xlsx");
        var fromOds = await Validate(validator, ods, "11/bilan.ods");

        Assert.Equal(0, fromOds.ErrorCount);
        Assert.Equal(fromXlsx.Issues.Select(Shape), fromOds.Issues.Select(Shape));
    }

    [Fact]
    public async Task Cell_errors_of_an_ODS_name_the_row_and_cell_LibreOffice_shows()
    {
        // Uploaded for Provence-Alpes-Côte d'Azur, the Paris departments (column K) are out of the region.
        // Row 12 comes after five repeated blank rows: its number counts them.
        var report = await Validate(TestServices.Validator(), OdsReportReaderTests.Fixture("types-repetitions.ods"), "93/bilan.ods", "93");

        var outside = report.Issues.Where(i => i.Code == IssueCodes.DepartementHorsRegion).ToList();
        Assert.Equal(["K5", "K6", "K6", "K12"], outside.Select(i => i.Cell));
        Assert.Equal([5, 6, 6, 12], outside.Select(i => i.Row));
        Assert.All(outside, i => Assert.Equal("Bilan 2021", i.Sheet));
    }

    [Fact]
    public async Task Curated_rows_of_an_ODS_keep_the_sheet_and_row_LibreOffice_shows()
    {
        var bytes = await File.ReadAllBytesAsync(OdsReportReaderTests.Fixture("types-repetitions.ods"));
        using var store = new TempStore();

        var record = await store.Ingestion.IngestAsync(await store.UploadAsync("11/bilan.ods", bytes));
        var rows = DuckDb.Run($"select id_projet, source_feuille, source_ligne from {DuckDb.Table(store.Store.Curated.Root, "projets")} order by source_ligne");

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Equal([["IDF-LO-001", "Bilan 2021", 5], ["IDF-LO-002", "Bilan 2021", 6], ["IDF-LO-003", "Bilan 2021", 12]],
            rows.Select(r => new object?[] { r[0], r[1], Convert.ToInt32(r[2], CultureInfo.InvariantCulture) }));
    }

    [Fact]
    public async Task A_password_protected_ODS_is_rejected_with_a_report_that_says_so()
    {
        using var store = new TempStore();
        using var ods = OdsPackage.Zip("chiffré", OdsPackage.EncryptedManifest);

        var record = await store.Ingestion.IngestAsync(await store.UploadAsync("11/bilan.ods", ods.ToArray()));
        var report = await TestServices.Validator().ValidateAsync(new MemoryStream(ods.ToArray()), "11/bilan.ods", "11",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Empty(store.CuratedSnapshot());
        var issue = Assert.Single(report.Issues);
        Assert.Equal(IssueCodes.ClasseurProtege, issue.Code);
        Assert.Contains("mot de passe", issue.Message);
    }

    private static async Task<Fnavdl.Core.Validation.Report.ValidationReport> Validate(ReportValidator validator, string file, string path,
        string region = "11")
    {
        await using var content = new MemoryStream(await File.ReadAllBytesAsync(file));
        return await validator.ValidateAsync(content, path, region, _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);
    }

    private static string Shape(ValidationIssue issue) => $"{issue.Code}|{issue.Severity}|{issue.Row}|{issue.Field}|{issue.Value}|{issue.Sheet}";

    /// <summary>A curated table's rows as text, without the columns that name the file version (and <paramref name="alsoExcluded"/>), in a stable order.</summary>
    internal static List<string> CuratedRows(TempStore store, string table, params string[] alsoExcluded)
    {
        var source = DuckDb.Table(store.Store.Curated.Root, table);
        // Only the main table carries lineage; the bridges are keyed by the project alone.
        var columns = table == CuratedLayout.Projets ? $"* exclude ({string.Join(", ", VersionColumns.Concat(alsoExcluded))})" : "*";
        var rows = DuckDb.Run($"select {columns} from {source}");
        return [.. rows.Select(r => string.Join("¦", r.Select(v => v?.ToString() ?? "∅"))).Order(StringComparer.Ordinal)];
    }
}
