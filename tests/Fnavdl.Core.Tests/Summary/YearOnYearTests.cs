using System.Text;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Summary;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Summary;

/// <summary>A change against the year before is shown only where both years have data.</summary>
public sealed class YearOnYearTests(SampleSummaryTests.PublishedSamples published) : IClassFixture<SampleSummaryTests.PublishedSamples>
{
    [Fact]
    public void A_year_without_projects_gives_no_previous_value_and_no_change()
    {
        // 2020: an envelope but no project, so the engine's 0 % engagement rate is not a year of data.
        List<IndicatorRow> current =
        [
            new(2021, Perimetres.National, null, null, Indicateurs.NbProjets, null, 12, null, null, Unites.Projets),
            new(2021, Perimetres.National, null, null, Indicateurs.TauxEngagement, null, 0.91, 910, 1000, Unites.Ratio),
        ];
        List<IndicatorRow> previous =
        [
            new(2020, Perimetres.National, null, null, Indicateurs.NbProjets, null, 0, null, null, Unites.Projets),
            new(2020, Perimetres.National, null, null, Indicateurs.TauxEngagement, null, 0, 0, 1000, Unites.Ratio),
        ];
        var summary = TestServices.SummaryBuilder().Build(2021, current, previous, []);
        var engagement = summary.National(Indicateurs.TauxEngagement)!;
        Assert.Equal((0.91, (double?)null, (double?)null), (engagement.Valeur, engagement.ValeurPrecedente, engagement.Ecart));

        var row = KeyFigureRow(SummaryHtml.Render(summary), SummaryDefinitions.Label(Indicateurs.TauxEngagement));
        Assert.Equal("<tr><th scope=\"row\">Taux d'engagement de l'enveloppe</th><td class=\"n\">91,0\u00A0%</td><td></td><td></td><td></td></tr>", row);
    }

    [Fact]
    public void Two_years_with_projects_show_the_change_in_points()
    {
        var summary = SummaryWorkbookTests.TwoYears(coPortage2021: 0.5, coPortage2020: 0.25);
        var coPortage = summary.Region("93", Indicateurs.TauxCoPortage)!;
        Assert.Equal((0.25, 0.25), (coPortage.ValeurPrecedente, coPortage.Ecart));
        var html = SummaryHtml.Render(summary);
        Assert.Contains("<td class=\"n\">+25,0\u00A0pt</td>", html);
    }

    [Fact]
    public void In_the_samples_2020_has_no_projects_so_no_national_change_is_shown()
    {
        var summary = published.Published.Summary;
        Assert.All(summary.Chiffres.Where(f => f.CodeRegion is null), f => Assert.Null(f.ValeurPrecedente));
        var html = Encoding.UTF8.GetString(published.Bytes(SummaryLayout.Html(2021)));
        var row = KeyFigureRow(html, SummaryDefinitions.Label(Indicateurs.TauxEngagement));
        Assert.EndsWith("<td></td><td></td><td></td></tr>", row);
        Assert.DoesNotContain("pt</td>", row);
    }

    private static string KeyFigureRow(string html, string label) =>
        html.Split('\n').First(l => l.StartsWith($"<tr><th scope=\"row\">{label}</th>", StringComparison.Ordinal));
}
