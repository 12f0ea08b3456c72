using Fnavdl.Core.Indicators;

namespace Fnavdl.Core.Summary;

/// <summary>A chart of the page and the table that holds the same figures (its anchor and title).</summary>
internal sealed record SummaryChart(BarChart Chart, string TableAnchor, string TableTitle);

/// <summary>The summary's charts: regions by name, themes by label, in horizontal bars (<see cref="BarChart"/>).</summary>
internal static class SummaryCharts
{
    public static IReadOnlyList<SummaryChart> Render(YearlySummary summary)
    {
        var regions = summary.Qualite.Where(q => q.Declarante).ToList();
        string[] names = [.. regions.Select(q => q.NomRegion)];
        IReadOnlyList<double?> Of(string indicateur) => [.. regions.Select(q => summary.Region(q.CodeRegion, indicateur)?.Valeur)];
        var charts = new List<SummaryChart>
        {
            new(new BarChart
            {
                Id = "graphique-projets", Title = "Projets financés par région", Categories = names,
                Series = [new("Projets", Of(Indicateurs.NbProjets), BarFill.Solid)],
                Format = FrenchFormat.Integer,
            }, SummaryTables.RegionsAnchor, "Tableau par région"),
            new(new BarChart
            {
                Id = "graphique-portage", Title = "Co-portage et portage par un bailleur, par région (objectif : un tiers)", Categories = names,
                Series =
                [
                    new("Co-portage", Of(Indicateurs.TauxCoPortage), BarFill.Solid),
                    new("Portage bailleur", Of(Indicateurs.TauxPortageBailleur), BarFill.Hatched),
                ],
                Format = FrenchFormat.Percent, Target = 1.0 / 3, TargetLabel = "Objectif : un tiers",
            }, SummaryTables.CarriersAnchor, "Co-portage et implication des EPCI par région"),
            new(new BarChart
            {
                Id = "graphique-epci", Title = "Part des projets qui associent un EPCI, par région", Categories = names,
                Series = [new("Projets avec un EPCI", Of(Indicateurs.TauxImplicationEpci), BarFill.Solid)],
                Format = FrenchFormat.Percent,
            }, SummaryTables.CarriersAnchor, "Co-portage et implication des EPCI par région"),
        };
        var themes = summary.Themes(null, Indicateurs.PartMontantThematique)
            .OrderByDescending(t => t.Valeur).ThenBy(t => t.Dimension, StringComparer.Ordinal).ToList();
        if (themes.Count > 0)
            charts.Add(new(new BarChart
            {
                Id = "graphique-thematiques", Title = "Répartition thématique du montant accordé (national)",
                Categories = [.. themes.Select(t => SummaryDefinitions.ThemeLabel(t.Dimension!))],
                Series = [new("Part du montant", [.. themes.Select(t => (double?)t.Valeur)], BarFill.Solid)],
                Format = FrenchFormat.Percent,
            }, SummaryTables.ThemesAnchor, "Répartition thématique nationale"));
        return charts;
    }
}
