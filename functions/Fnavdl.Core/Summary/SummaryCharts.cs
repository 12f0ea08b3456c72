using System.Text.RegularExpressions;
using Fnavdl.Core.Indicators;
using ScottPlot;

namespace Fnavdl.Core.Summary;

/// <summary>
/// The summary's charts as inline SVG, drawn with ScottPlot. ScottPlot numbers clip paths (in hex) with a
/// process-wide counter; they are renamed per chart so a page holds several charts and two renders
/// of the same summary give the same bytes.
/// </summary>
public static partial class SummaryCharts
{
    private const int Width = 900;
    private const int Height = 380;

    /// <summary>The charts of the page: (title, SVG element).</summary>
    public static IReadOnlyList<(string Title, string Svg)> Render(YearlySummary summary)
    {
        var regions = summary.Qualite.Where(q => q.Declarante).Select(q => q.CodeRegion).ToList();
        var charts = new List<(string, string)>
        {
            ("Projets financés par région", Bars("projets", regions, [("Projets", regions.Select(r => summary.Region(r, Indicateurs.NbProjets)?.Valeur ?? 0).ToArray(), Colors.SteelBlue)], null, "Région (code)")),
            ("Co-portage et portage par un bailleur, par région (objectif : un tiers)", Bars("portage", regions,
            [
                ("Co-portage", regions.Select(r => 100 * (summary.Region(r, Indicateurs.TauxCoPortage)?.Valeur ?? 0)).ToArray(), Colors.SteelBlue),
                ("Portage bailleur", regions.Select(r => 100 * (summary.Region(r, Indicateurs.TauxPortageBailleur)?.Valeur ?? 0)).ToArray(), Colors.Orange),
            ], 100.0 / 3, "Région (code) — en %")),
            ("Implication des EPCI par région", Bars("epci", regions,
                [("Projets avec un EPCI", regions.Select(r => 100 * (summary.Region(r, Indicateurs.TauxImplicationEpci)?.Valeur ?? 0)).ToArray(), Colors.SeaGreen)], null, "Région (code) — en %")),
        };
        var themes = summary.Themes(null, Indicateurs.PartMontantThematique);
        if (themes.Count > 0)
            charts.Add(("Répartition thématique du montant accordé (national)", Bars("themes", [.. themes.Select(t => t.Dimension!)],
                [("Part du montant", themes.Select(t => 100 * t.Valeur).ToArray(), Colors.SlateBlue)], null, "Thématique — en %")));
        return charts;
    }

    private static string Bars(string id, IReadOnlyList<string> categories, IReadOnlyList<(string Label, double[] Values, Color Color)> series, double? target, string axis)
    {
        var plot = new Plot();
        var width = 0.8 / series.Count;
        for (var s = 0; s < series.Count; s++)
        {
            var bars = series[s].Values.Select((v, i) => new Bar
            {
                Position = i - 0.4 + width * (s + 0.5),
                Value = v,
                Size = width,
                FillColor = series[s].Color,
                LineWidth = 0,
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series[s].Label;
        }
        if (target is { } t)
        {
            var line = plot.Add.HorizontalLine(t, 2, Colors.FireBrick, LinePattern.Dashed);
            line.LegendText = "Objectif (un tiers)";
        }
        plot.Axes.Bottom.SetTicks([.. categories.Select((_, i) => (double)i)], [.. categories]);
        plot.Axes.Bottom.Label.Text = axis;
        plot.Axes.Margins(bottom: 0);
        if (series.Count > 1 || target is not null) plot.ShowLegend(Alignment.UpperRight);
        plot.Font.Set("DejaVu Sans");
        var svg = plot.GetSvgHtml(Width, Height);
        svg = XmlDeclaration().Replace(svg, "");
        svg = ClipId().Replace(svg, m => $"{id}_{m.Groups[1].Value}");
        return Renumber(svg, id).Trim();
    }

    // ScottPlot's ids come from a global counter: renumber them 1, 2, … in order of appearance.
    private static string Renumber(string svg, string id)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        return ChartId(id).Replace(svg, m =>
        {
            if (!map.TryGetValue(m.Value, out var renamed))
                map[m.Value] = renamed = $"{id}-clip{map.Count + 1}";
            return renamed;
        });
    }

    private static Regex ChartId(string id) => new($@"\b{Regex.Escape(id)}_[0-9a-fA-F]+\b");

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\bcl_([0-9a-fA-F]+)\b")]
    private static partial Regex ClipId();
}
