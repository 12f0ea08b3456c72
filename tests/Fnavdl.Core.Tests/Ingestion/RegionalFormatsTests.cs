using System.IO.Compression;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// The Grand Est sample (samples/uploads/44/projets-grand-est.csv) saved as regional offices save it —
/// by LibreOffice (Reading/Formats, remade by make-fixtures.sh): as a Latin-9 CSV, as XLSX, XLSM and XLS, as
/// XLSB (SheetJS, LibreOffice cannot write it), with its amounts in k€, with a TOTAL row under the data, dressed
/// with a notice sheet, a merged title, a hidden column and the 1904 date system. Each gives the sample's
/// curated rows, with at most the one sentence that says what was done.
/// </summary>
public sealed class RegionalFormatsTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Fnavdl.Core.Tests", "Reading", "Formats", name);

    private static readonly string Sample = Path.Combine(RepoPaths.Samples, "uploads", "44", "projets-grand-est.csv");

    public static TheoryData<string, string?> SavedAsOfficesDo() => new()
    {
        { "grand-est-latin9.csv", null },
        { "grand-est.xlsx", null },
        { "grand-est.xlsm", null },
        { "grand-est.xls", null },
        { "grand-est.xlsb", null },
        { "grand-est-keur.xlsx", IssueCodes.UniteConvertie },
        { "grand-est-total.xlsx", IssueCodes.LigneDeTotal },
    };

    [Theory]
    [MemberData(nameof(SavedAsOfficesDo))]
    public async Task Each_file_gives_the_curated_rows_of_the_csv_sample(string fixture, string? said)
    {
        using var fromSample = new TempStore();
        using var fromFixture = new TempStore();

        var sampleRecord = await fromSample.Ingestion.IngestAsync(await fromSample.UploadAsync("44/projets.csv", await File.ReadAllBytesAsync(Sample)));
        var record = await fromFixture.Ingestion.IngestAsync(await fromFixture.UploadAsync($"44/{fixture}", await File.ReadAllBytesAsync(Fixture(fixture))));

        Assert.Equal(IngestionOutcome.Accepted, sampleRecord.Outcome);
        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Equal((6, said is null ? 0 : 1), (record.Rows, record.Warnings));
        Assert.Equal(sampleRecord.UnitsWritten, record.UnitsWritten);
        foreach (var table in CuratedLayout.ProjetsTables)
        {
            // A CSV has no sheet; Calc writes the sample's « – » as « - » in Latin-9, which has no en dash.
            var expected = OdsIngestionTests.CuratedRows(fromSample, table, "source_feuille")
                .Select(r => fixture.EndsWith(".csv", StringComparison.Ordinal) ? r.Replace('–', '-') : r).ToList();
            if (table == CuratedLayout.Projets) Assert.Equal(6, expected.Count);
            Assert.Equal(expected, OdsIngestionTests.CuratedRows(fromFixture, table, "source_feuille"));
        }
    }

    [Theory]
    [InlineData("grand-est-habille.xls")]
    [InlineData("grand-est-habille.xlsb")]
    public async Task A_dressed_workbook_gives_the_curated_rows_from_its_first_sheet_with_a_header_numbered_as_shown(string fixture)
    {
        // A « Notice » sheet first, then a merged title on row 1, a blank row 2, the header on row 3 and « Volet » hidden;
        // the .xls counts its dates from 1904 (the .xlsb from 1900: SheetJS writes no 1904 flag, see make-fixtures.sh).
        using var fromSample = new TempStore();
        using var fromFixture = new TempStore();

        await fromSample.Ingestion.IngestAsync(await fromSample.UploadAsync("44/projets.csv", await File.ReadAllBytesAsync(Sample)));
        var record = await fromFixture.Ingestion.IngestAsync(await fromFixture.UploadAsync($"44/{fixture}", await File.ReadAllBytesAsync(Fixture(fixture))));

        Assert.Equal((IngestionOutcome.Accepted, 6, 0), (record.Outcome, record.Rows, record.Warnings));
        foreach (var table in CuratedLayout.ProjetsTables)
        {
            Assert.Equal(OdsIngestionTests.CuratedRows(fromSample, table, "source_feuille", "source_ligne"),
                OdsIngestionTests.CuratedRows(fromFixture, table, "source_feuille", "source_ligne"));
        }
        var lineage = DuckDb.Run($"select source_feuille, source_ligne from {DuckDb.Table(fromFixture.Store.Curated.Root, CuratedLayout.Projets)} order by source_ligne");
        Assert.Equal(Enumerable.Range(4, 6).Select(r => $"Projets 2021-2022 {r}"), lineage.Select(r => $"{r[0]} {r[1]}"));
    }

    [Theory]
    [InlineData("grand-est-protege.xls")]
    public async Task A_workbook_saved_with_a_password_is_said_protected(string fixture)
    {
        var report = await Validate(fixture);

        var said = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.ClasseurProtege, Severity.Error), (said.Code, said.Severity));
        Assert.StartsWith("Le classeur est protégé par un mot de passe", said.Message);
    }

    [Theory]
    [InlineData("grand-est.xls")]
    [InlineData("grand-est.xlsb")]
    public async Task A_workbook_cut_short_is_said_unreadable(string fixture)
    {
        var bytes = await File.ReadAllBytesAsync(Fixture(fixture));
        await using var content = new MemoryStream(bytes[..(bytes.Length * 2 / 3)]);

        var report = await TestServices.Validator().ValidateAsync(content, $"44/{fixture}", "44",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);

        var said = Assert.Single(report.Issues);
        Assert.Equal(IssueCodes.FichierIllisible, said.Code);
        Assert.Contains(fixture.EndsWith(".xls", StringComparison.Ordinal) ? "Excel 97-2003 (.xls)" : "(.xlsb)", said.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_latin9_csv_is_read_with_its_euro_signs()
    {
        var bytes = await File.ReadAllBytesAsync(Fixture("grand-est-latin9.csv"));
        Assert.Contains((byte)0xA4, bytes); // LibreOffice's ISO-8859-15: € is 0xA4

        var report = await Validate("grand-est-latin9.csv");

        Assert.Empty(report.Issues);
    }

    [Fact]
    public async Task The_total_row_is_one_warning_naming_its_row_and_label()
    {
        var report = await Validate("grand-est-total.xlsx");

        var total = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.LigneDeTotal, Severity.Warning, 8, "A8", "Région", "Projets 2021-2022"),
            (total.Code, total.Severity, total.Row, total.Cell, total.Column, total.Sheet));
        Assert.Equal("La ligne 8 est une ligne de total (« TOTAL », colonne « Région ») : elle est laissée de côté ; "
            + "seules les lignes de données sont intégrées.", total.Message);
    }

    [Fact]
    public async Task The_conversion_from_thousands_is_said_once_at_its_header()
    {
        var report = await Validate("grand-est-keur.xlsx");

        var said = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.UniteConvertie, "N1", "Montant accordé (k€)"), (said.Code, said.Cell, said.Column));
        Assert.StartsWith("Montants en milliers d'euros convertis en euros : l'intitulé de la colonne « Montant accordé (k€) »", said.Message);
    }

    [Fact]
    public async Task A_macro_enabled_workbook_is_read_without_its_macros()
    {
        // The XLSM as Excel saves one with macros: a vbaProject.bin part besides the sheets (here an OLE header and noise).
        using var xlsm = new MemoryStream();
        await using (var source = File.OpenRead(Fixture("grand-est.xlsm"))) await source.CopyToAsync(xlsm);
        using (var zip = new ZipArchive(xlsm, ZipArchiveMode.Update, leaveOpen: true))
        {
            await using var part = await zip.CreateEntry("xl/vbaProject.bin").OpenAsync();
            await part.WriteAsync(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(Enumerable.Repeat((byte)0x42, 4096)).ToArray());
        }
        xlsm.Position = 0;

        var withMacros = await TestServices.Validator().ValidateAsync(xlsm, "44/bilan.xlsm", "44",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);
        var asXlsx = await Validate("grand-est.xlsx");

        Assert.True(withMacros.IsValid, string.Join("\n", withMacros.Issues));
        Assert.Equal((6, 0), (withMacros.Rows, withMacros.WarningCount));
        Assert.Equal(asXlsx.Rows, withMacros.Rows);
    }

    private static async Task<ValidationReport> Validate(string fixture)
    {
        await using var content = new MemoryStream(await File.ReadAllBytesAsync(Fixture(fixture)));
        return await TestServices.Validator().ValidateAsync(content, $"44/{fixture}", "44",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);
    }
}
