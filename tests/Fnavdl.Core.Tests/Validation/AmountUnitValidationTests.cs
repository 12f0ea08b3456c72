using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Validation;

/// <summary>
/// A header that states its unit once (« Montant accordé (k€) »): its cells are converted to euros, the
/// report says so once at that header, and only a cell or a unit that cannot be read one way is refused.
/// </summary>
public sealed class AmountUnitValidationTests
{
    private static string Header(string amountHeader) => Csv.ProjetsHeader.Replace("Montant accordé (€)", amountHeader, StringComparison.Ordinal);

    internal static async Task<(ValidationReport Report, List<Projet> Rows)> ValidateAsync(string csv)
    {
        var sink = new CollectingSink();
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var report = await TestServices.Validator().ValidateAsync(content, "93/bilan.csv", "93",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink);
        return (report, sink.Projets);
    }

    [Fact]
    public async Task Amounts_in_thousands_are_stored_in_euros_and_the_conversion_is_said_once_at_its_header()
    {
        var (report, rows) = await ValidateAsync(Header("Montant accordé (k€)") + "\n"
            + Csv.Projet("P1", montant: "93,5") + "\n" + Csv.Projet("P2", montant: "73,5") + "\n" + Csv.Projet("P3", montant: "23,63501") + "\n");

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Equal([93_500m, 73_500m, 23_635.01m], rows.Select(r => r.MontantAccorde));
        var said = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.UniteConvertie, Severity.Warning, null, "montant_accorde", "Montant accordé (k€)", 12),
            (said.Code, said.Severity, said.Row, said.Field, said.Column, said.ColumnNumber));
        Assert.StartsWith("Montants en milliers d'euros convertis en euros : l'intitulé de la colonne « Montant accordé (k€) » donne l'unité", said.Message);
    }

    [Fact]
    public async Task Amounts_in_millions_are_stored_in_euros()
    {
        var (report, rows) = await ValidateAsync(Header("Montant accordé (M€)") + "\n" + Csv.Projet("P1", montant: "1,25") + "\n");

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Equal(1_250_000m, Assert.Single(rows).MontantAccorde);
        Assert.Contains("Montants en millions d'euros", Assert.Single(report.Issues).Message);
    }

    [Fact]
    public async Task A_cell_that_states_euros_under_a_header_in_thousands_is_refused_alone_with_its_column_named()
    {
        var (report, _) = await ValidateAsync(Header("Montant accordé (k€)") + "\n"
            + Csv.Projet("P1", montant: "93,5") + "\n" + Csv.Projet("P2", montant: "93 500 €") + "\n");

        var error = Assert.Single(report.Issues, i => i.Severity == Severity.Error);
        Assert.Equal((IssueCodes.MontantAmbigu, 3, "montant_accorde", "Montant accordé (k€)"), (error.Code, error.Row, error.Field, error.Column));
        Assert.Equal("Montant ambigu dans la colonne « Montant accordé (k€) » : son intitulé annonce des milliers d'euros, mais la cellule "
            + "« 93 500 € » indique sa propre unité. Écrivez le montant en milliers d'euros, sans unité : « 93,5 » pour 93 500 €.", error.Message);
        Assert.Equal(1, report.ErrorCount);
    }

    [Fact]
    public async Task A_unit_that_cannot_be_converted_is_said_at_its_column_and_the_amount_is_missing()
    {
        var (report, _) = await ValidateAsync(Header("Montant accordé ($)") + "\n" + Csv.Projet("P1", montant: "100") + "\n");

        var unit = Assert.Single(report.Issues, i => i.Code == IssueCodes.ColonneInconnue);
        Assert.Equal((Severity.Warning, "Montant accordé ($)", "montant_accorde"), (unit.Severity, unit.Column, unit.Field));
        Assert.StartsWith("La colonne « Montant accordé ($) » donnerait le champ « montant_accorde », mais son unité « $ » ne se convertit pas en euros", unit.Message);
        Assert.Contains(report.Issues, i => i.Code == IssueCodes.ColonneObligatoireManquante && i.Field == "montant_accorde");
        Assert.False(report.IsValid);
    }

    [Fact]
    public async Task An_unknown_column_is_named_in_its_sentence()
    {
        var (report, _) = await ValidateAsync(Csv.ProjetsHeader + ";Observations DDETS\n" + Csv.Projet("P1") + ";à revoir\n");

        var unknown = Assert.Single(report.Issues);
        Assert.Equal("La colonne « Observations DDETS » n'est pas prévue par le format : elle est ignorée.", unknown.Message);
    }

    private sealed class CollectingSink : ICanonicalRowSink
    {
        public List<Projet> Projets { get; } = [];

        public ValueTask AddAsync(Projet row, CancellationToken cancellationToken)
        {
            Projets.Add(row);
            return ValueTask.CompletedTask;
        }

        public ValueTask AddAsync(Suivi row, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask AddAsync(Enveloppe row, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
