using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Validation;

/// <summary>
/// Total and subtotal rows under the data are one warning each, naming the row and saying it is left out —
/// never a dozen missing values; a row that names a project stays data whatever its title.
/// </summary>
public sealed class TotalRowTests
{
    private static readonly int AmountColumn = Csv.ProjetsHeader.Split(';').ToList().IndexOf("Montant accordé (€)");
    private static readonly int Columns = Csv.ProjetsHeader.Split(';').Length;

    /// <summary>A row of the projets header with only the given cells filled.</summary>
    private static string Row(params (int Column, string Value)[] cells)
    {
        var row = new string[Columns];
        Array.Fill(row, "");
        foreach (var (column, value) in cells) row[column] = value;
        return string.Join(';', row);
    }

    private static string Amount(string euros) => Row((AmountColumn, euros));

    private static async Task<ValidationReport> ValidateAsync(params string[] rows)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(Csv.Projets(rows)));
        return await TestServices.Validator().ValidateAsync(content, "93/bilan.csv", "93",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);
    }

    private static readonly string[] ThreeProjects =
        [Csv.Projet("P1", montant: "10 000,00 €"), Csv.Projet("P2", montant: "15 000,00 €"), Csv.Projet("P3", montant: "5 000,50 €")];

    [Theory]
    [InlineData("TOTAL")]
    [InlineData("Total")]
    [InlineData("Total général")]
    [InlineData("TOTAL GÉNÉRAL")]
    [InlineData("Sous-total")]
    [InlineData("SOUS TOTAL AAP 2020-10")]
    [InlineData("Totaux :")]
    [InlineData("total 2021")]
    public async Task A_labelled_total_row_is_one_warning_naming_the_row_and_it_is_left_out(string label)
    {
        var report = await ValidateAsync([.. ThreeProjects, Row((0, label), (AmountColumn, "30 000,50 €"))]);

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Equal(3, report.Rows);
        var total = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.LigneDeTotal, Severity.Warning, 5, "Année", label), (total.Code, total.Severity, total.Row, total.Column, total.Value));
        Assert.Equal($"La ligne 5 est une ligne de total (« {label} », colonne « Année ») : elle est laissée de côté ; seules les lignes de données sont intégrées.",
            total.Message);
    }

    [Fact]
    public async Task A_label_in_the_title_column_of_an_otherwise_empty_row_is_a_total()
    {
        var title = Csv.ProjetsHeader.Split(';').ToList().IndexOf("Intitulé du projet");

        var report = await ValidateAsync([.. ThreeProjects, Row((title, "Total"), (AmountColumn, "30 000,50 €"))]);

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Equal("Intitulé du projet", Assert.Single(report.Issues).Column);
    }

    [Fact]
    public async Task A_project_titled_total_something_is_data_wherever_its_title_sits()
    {
        var data = await ValidateAsync(Csv.Projet("P1").Replace("Projet P1", "Total accompagnement", StringComparison.Ordinal));
        // The title as the first cell of its row: still a project, it has an id and a carrier.
        var header = "Intitulé du projet;" + Csv.ProjetsHeader.Replace(";Intitulé du projet", "", StringComparison.Ordinal);
        var row = "Total accompagnement;" + Csv.Projet("P2").Replace(";Projet P2", "", StringComparison.Ordinal);
        using var firstColumn = new MemoryStream(Encoding.UTF8.GetBytes(header + "\n" + row + "\n"));
        var titleFirst = await TestServices.Validator().ValidateAsync(firstColumn, "93/b.csv", "93",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);

        Assert.True(data.IsValid && data.Issues.Count == 0, string.Join("\n", data.Issues));
        Assert.Equal(1, data.Rows);
        Assert.True(titleFirst.IsValid && titleFirst.Issues.Count == 0, string.Join("\n", titleFirst.Issues));
        Assert.Equal(1, titleFirst.Rows);
    }

    [Fact]
    public async Task A_row_labelled_total_that_names_a_carrier_is_a_data_row_with_its_errors()
    {
        var porteur = Csv.ProjetsHeader.Split(';').ToList().IndexOf("Porteur principal");

        var report = await ValidateAsync([.. ThreeProjects, Row((0, "Total"), (porteur, "Association Toit"), (AmountColumn, "30 000,50 €"))]);

        Assert.DoesNotContain(report.Issues, i => i.Code == IssueCodes.LigneDeTotal);
        Assert.Contains(report.Issues, i => i.Code == IssueCodes.ValeurObligatoireManquante && i.Row == 5);
    }

    [Theory]
    [InlineData("Totalement nouveau")]
    [InlineData("Montant total")]
    public async Task Words_that_only_begin_like_total_are_no_label(string text)
    {
        var report = await ValidateAsync([.. ThreeProjects, Row((0, text), (AmountColumn, "1 €"))]);

        Assert.DoesNotContain(report.Issues, i => i.Code == IssueCodes.LigneDeTotal);
        Assert.False(report.IsValid);
    }

    [Fact]
    public async Task An_unlabelled_row_whose_amount_is_the_sum_above_is_a_total()
    {
        var report = await ValidateAsync([.. ThreeProjects, Amount("30 000,50")]);

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        var total = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.LigneDeTotal, 5, "Montant accordé (€)"), (total.Code, total.Row, total.Column));
        Assert.Equal("La ligne 5 n'a rien dans les colonnes « N° projet », « Intitulé du projet », « Porteur principal », et son montant "
            + "(colonne « Montant accordé (€) », 30 000,50 €) est la somme des 3 lignes au-dessus : c'est une ligne de total, "
            + "elle est laissée de côté ; seules les lignes de données sont intégrées.", total.Message);
    }

    [Theory]
    [InlineData("30 000,49")] // not the sum
    [InlineData("0")]
    public async Task An_unlabelled_row_whose_amount_adds_nothing_up_is_a_data_row_with_its_missing_values(string amount)
    {
        var report = await ValidateAsync([.. ThreeProjects, Amount(amount)]);

        Assert.DoesNotContain(report.Issues, i => i.Code == IssueCodes.LigneDeTotal);
        Assert.Contains(report.Issues, i => i.Code == IssueCodes.ValeurObligatoireManquante && i.Row == 5);
    }

    [Fact]
    public async Task A_labelled_total_under_one_row_is_its_sum()
    {
        var report = await ValidateAsync(Csv.Projet("P1", montant: "10 000,00 €"), Row((0, "Total"), (AmountColumn, "10 000,00 €")));

        Assert.True(report.IsValid);
        Assert.DoesNotContain("n'est pas la somme", Assert.Single(report.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_row_above_is_no_sum()
    {
        var report = await ValidateAsync(Csv.Projet("P1", montant: "10 000,00 €"), Amount("10 000,00"));

        Assert.DoesNotContain(report.Issues, i => i.Code == IssueCodes.LigneDeTotal);
        Assert.False(report.IsValid);
    }

    [Fact]
    public async Task A_labelled_total_that_is_not_the_sum_above_says_so()
    {
        var report = await ValidateAsync([.. ThreeProjects, Row((0, "TOTAL"), (AmountColumn, "25 000,00 €"))]);

        Assert.True(report.IsValid);
        Assert.EndsWith("Son montant (25 000,00 €) n'est pas la somme des lignes au-dessus (30 000,50 €) : vérifiez qu'aucune ligne ne manque.",
            Assert.Single(report.Issues).Message);
    }

    [Fact]
    public async Task Subtotals_sum_their_group_and_a_grand_total_sums_every_data_row()
    {
        var report = await ValidateAsync(
            Csv.Projet("P1", montant: "10 000"), Csv.Projet("P2", montant: "20 000"), Row((0, "Sous-total AAP 2020-10"), (AmountColumn, "30 000")),
            Csv.Projet("P3", appel: "AAP 2021-04", montant: "1 000"), Csv.Projet("P4", appel: "AAP 2021-04", montant: "2 000"),
            Amount("3 000"),
            Row((0, "Total général"), (AmountColumn, "33 000")));

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Equal(4, report.Rows);
        Assert.Equal([4, 7, 8], report.Issues.Select(i => i.Row));
        Assert.All(report.Issues, i => Assert.Equal(IssueCodes.LigneDeTotal, i.Code));
        Assert.DoesNotContain(report.Issues, i => i.Message.Contains("n'est pas la somme", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_total_row_of_a_file_with_an_error_elsewhere_is_still_one_warning()
    {
        var report = await ValidateAsync(Csv.Projet("P1", departements: "999"), Csv.Projet("P2"), Row((0, "TOTAL"), (AmountColumn, "20 000")));

        Assert.Equal([(IssueCodes.DepartementInconnu, 2), (IssueCodes.LigneDeTotal, 4)], report.Issues.Select(i => (i.Code, i.Row ?? 0)));
        Assert.DoesNotContain("n'est pas la somme", report.Issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Total_rows_of_suivi_and_enveloppes_are_recognised_the_same_way()
    {
        var suivi = await ReportValidatorTests.ValidateAsync(
            "Année;N° projet;Ménages accompagnés;Montant consommé\n2021;P1;10;1 000\n2021;P2;5;2 000\nTotal;;15;3 000\n",
            known: new HashSet<string> { "P1", "P2" });
        var enveloppes = await ReportValidatorTests.ValidateAsync("Année;Enveloppe\n2020;1 000 000\n2021;3 700 000\n;4 700 000\n");

        Assert.True(suivi.IsValid, string.Join("\n", suivi.Issues));
        Assert.Equal((IssueCodes.LigneDeTotal, 4, 2), (Assert.Single(suivi.Issues).Code, suivi.Issues[0].Row, suivi.Rows));
        Assert.True(enveloppes.IsValid, string.Join("\n", enveloppes.Issues));
        Assert.Equal((IssueCodes.LigneDeTotal, 4, 2), (Assert.Single(enveloppes.Issues).Code, enveloppes.Issues[0].Row, enveloppes.Rows));
    }

    [Fact]
    public async Task A_file_of_total_rows_only_has_no_data_row()
    {
        var report = await ValidateAsync(Row((0, "TOTAL"), (AmountColumn, "0")));

        Assert.Contains(report.Issues, i => i.Code == IssueCodes.AucuneLigne);
        Assert.Equal(0, report.Rows);
    }
}
