using Fnavdl.Core.Issues;
using Fnavdl.Core.Spreadsheets;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Validation;

/// <summary>Problems name the region's own column, cell and row as the file wrote them.</summary>
public sealed class IssueLocationTests
{
    private static readonly IReadOnlySet<string> NoProjects = new HashSet<string>();

    private static Task<ValidationReport> ValidateXlsx(byte[] xlsx, string region = "93")
    {
        var stream = new MemoryStream(xlsx);
        return TestServices.Validator().ValidateAsync(stream, $"{region}/bilan.xlsx", region, _ => Task.FromResult(NoProjects), sink: null);
    }

    [Fact]
    public async Task A_csv_problem_names_the_column_as_written_and_has_no_cell_reference()
    {
        var report = await ReportValidatorTests.ValidateAsync(Csv.Projets(Csv.Projet("P1"), Csv.Projet("P2", montant: "vingt mille")));

        var issue = Assert.Single(report.Issues, i => i.Code == IssueCodes.MontantInvalide);
        Assert.Equal("montant_accorde", issue.Field);
        Assert.Equal("Montant accordé (€)", issue.Column);
        Assert.Equal(12, issue.ColumnNumber);
        Assert.Null(issue.Cell);
    }

    [Fact]
    public async Task An_xlsx_problem_gives_the_cell_excel_shows_below_title_rows_and_after_a_leading_gap()
    {
        var xlsx = new XlsxBuilder()
            .Sheet("Projets", s => s
                .Row("Bilan FNAVDL 2021").Merge("A1:D1")
                .RowAt(3, null, "Année", "Appel à projets", "N° projet", "Intitulé", "Porteur", "Type de porteur", "Thématique(s)", "Département(s)", "Montant accordé (€)")
                .Row(null, 2021, "AAP 1", "P1", "Projet 1", "Asso", "association", "jeunes", "13", "beaucoup"))
            .ToBytes();

        var report = await ValidateXlsx(xlsx);

        var issue = Assert.Single(report.Issues, i => i.Code == IssueCodes.MontantInvalide);
        Assert.Equal((4, "Projets", "Montant accordé (€)", "J4", 10), (issue.Row, issue.Sheet, issue.Column, issue.Cell, issue.ColumnNumber));
    }

    [Fact]
    public async Task An_unknown_column_names_its_header_cell()
    {
        var xlsx = new XlsxBuilder()
            .Sheet("Projets", s => s
                .RowAt(2, "Année", "Appel à projets", "N° projet", "Intitulé", "Porteur", "Type de porteur", "Thématique(s)", "Département(s)", "Montant accordé (€)", "Commentaire")
                .Row(2021, "AAP 1", "P1", "Projet 1", "Asso", "association", "jeunes", "13", 1000, "ok"))
            .ToBytes();

        var report = await ValidateXlsx(xlsx);

        var warning = Assert.Single(report.Issues, i => i.Code == IssueCodes.ColonneInconnue);
        Assert.Equal(("Commentaire", "J2"), (warning.Column, warning.Cell));
        Assert.True(report.IsValid);
    }

    [Fact]
    public async Task The_report_keeps_each_faulty_row_once_as_written_under_the_files_header()
    {
        var report = await ReportValidatorTests.ValidateAsync(Csv.Projets(
            Csv.Projet("P1"), Csv.Projet("P2", montant: "beaucoup", duree: "72")));

        var table = Assert.Single(report.SourceTables);
        Assert.Equal(Csv.ProjetsHeader.Split(';'), table.Header);
        var row = Assert.Single(report.SourceRows);
        Assert.Equal((0, 3), (row.Table, row.Row));
        Assert.Equal(Csv.Projet("P2", montant: "beaucoup", duree: "72").Split(';'), row.Cells);
        Assert.Equal("93", report.CodeRegion);
        Assert.Equal("Provence-Alpes-Côte d'Azur", report.RegionName);
    }

    [Fact]
    public async Task Kept_rows_are_bounded_in_count_and_cell_length()
    {
        var longText = new string('x', 5000);
        var rows = Enumerable.Range(1, SourceRowSample.MaxRows + 50).Select(i => Csv.Projet($"P{i}", montant: longText)).ToArray();

        var report = await ReportValidatorTests.ValidateAsync(Csv.Projets(rows));

        Assert.Equal(SourceRowSample.MaxRows + 50, report.ErrorCount);
        Assert.Equal(SourceRowSample.MaxRows, report.SourceRows.Count);
        Assert.All(report.SourceRows, r => Assert.All(r.Cells, c => Assert.True(c.Length <= SourceRowSample.MaxCellChars)));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_letters_follow_excel(int column, string letters) =>
        Assert.Equal(letters, CellReference.ColumnLetters(column));
}
