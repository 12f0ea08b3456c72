using System.Globalization;
using System.Text;

namespace Fnavdl.Core.Summary;

/// <summary>One series of a bar chart: its name, one value per category (null: no data), how its bars are filled.</summary>
internal sealed record BarSeries(string Label, IReadOnlyList<double?> Values, BarFill Fill);

/// <summary>Solid or hatched: the second series differs by its pattern, not only by its colour.</summary>
internal enum BarFill { Solid, Hatched }

/// <summary>
/// A horizontal bar chart as accessible inline SVG, written by hand: each category's label on its own
/// line above its bars (long region and theme names never overlap), each bar labelled with its value
/// (and its series' name when there are several), the legend above the data, a dashed target line.
/// </summary>
/// <remarks>
/// ScottPlot was used before: its SVG has a fixed size and no viewBox, no role or title, numbers its
/// clip paths from a process-wide counter, draws the legend over the bars, and its vertical bars' tick
/// labels overlap for long French names. These charts are simple enough that the
/// SVG is shorter to write than to repair. <c>role="img"</c> with a title and a description that
/// lists every value gives screen readers the whole chart.
/// </remarks>
internal sealed class BarChart
{
    private const double Width = 480, Margin = 8, FontSize = 14, LabelLine = 22, BarHeight = 16, BarGap = 4, CategoryGap = 12, LegendLine = 24;
    // Average advance of a DejaVu Sans / Arial character at 13 px, to keep value labels inside the view box.
    private const double CharWidth = 7.6;
    private const string Ink = "#1b1b1b", Solid = "#000091", Hatch = "#8a3c00", TargetInk = "#b60000";

    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<BarSeries> Series { get; init; }
    public required Func<double, string> Format { get; init; }
    public double? Target { get; init; }
    public string? TargetLabel { get; init; }

    public string TitleId => $"{Id}-titre";

    public string Svg()
    {
        var legend = Series.Count > 1 || Target is not null;
        var top = legend ? LegendLine * (Series.Count + (Target is null ? 0 : 1)) + 6 : 0;
        var perCategory = LabelLine + Series.Count * (BarHeight + BarGap) + CategoryGap;
        var height = top + Categories.Count * perCategory;
        var labels = Enumerable.Range(0, Categories.Count).SelectMany(c => Series.Select(s => ValueLabel(s, c))).ToList();
        var room = labels.Count == 0 ? 0 : labels.Max(l => l.Length) * CharWidth + 6;
        var barArea = Width - 2 * Margin - room;
        var max = Series.SelectMany(s => s.Values).OfType<double>().Append(Target ?? 0).Max();
        double X(double v) => Margin + (max <= 0 ? 0 : Math.Max(0, v) / max * barArea);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{TitleId} {Id}-desc" viewBox="0 0 {N(Width)} {N(height)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="{N(FontSize)}">""");
        svg.Append('\n').Append(CultureInfo.InvariantCulture, $"<title id=\"{TitleId}\">{SummaryHtml.Enc(Title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{Id}-desc\">{SummaryHtml.Enc(Description())}</desc>\n");
        if (Series.Any(s => s.Fill == BarFill.Hatched))
            svg.Append(CultureInfo.InvariantCulture, $"""<defs><pattern id="{Id}-hachures" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="{Hatch}"/></pattern></defs>""").Append('\n');

        if (legend)
        {
            var y = 0.0;
            foreach (var s in Series)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(Margin)}" y="{N(y + 4)}" width="28" height="{N(BarHeight)}" {FillOf(s)}/>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Margin + 36)}" y="{N(y + 17)}" fill="{Ink}">{SummaryHtml.Enc(s.Label)}</text>""").Append('\n');
                y += LegendLine;
            }
            if (Target is { } t)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Margin)}" y1="{N(y + 12)}" x2="{N(Margin + 28)}" y2="{N(y + 12)}" stroke="{TargetInk}" stroke-width="2" stroke-dasharray="6 4"/>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Margin + 36)}" y="{N(y + 17)}" fill="{Ink}">{SummaryHtml.Enc($"{TargetLabel} ({Format(t)})")}</text>""").Append('\n');
            }
        }

        // The target line first, so bars and labels (with a white halo) stay readable over it.
        if (Target is { } target)
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(X(target))}" y1="{N(top)}" x2="{N(X(target))}" y2="{N(height - CategoryGap / 2)}" stroke="{TargetInk}" stroke-width="2" stroke-dasharray="6 4"/>""").Append('\n');
        for (var c = 0; c < Categories.Count; c++)
        {
            var y = top + c * perCategory;
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Margin)}" y="{N(y + 16)}" fill="{Ink}" font-weight="bold">{SummaryHtml.Enc(Categories[c])}</text>""").Append('\n');
            y += LabelLine;
            foreach (var s in Series)
            {
                var end = X(s.Values[c] ?? 0);
                if (end > Margin)
                    svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(Margin)}" y="{N(y)}" width="{N(end - Margin)}" height="{N(BarHeight)}" {FillOf(s)}/>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(end + 4)}" y="{N(y + 13)}" fill="{Ink}" font-size="13" stroke="#fff" stroke-width="3" paint-order="stroke">{SummaryHtml.Enc(ValueLabel(s, c))}</text>""").Append('\n');
                y += BarHeight + BarGap;
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Every value in words, for the SVG's description: what a screen reader reads instead of the bars.</summary>
    public string Description()
    {
        var parts = Categories.Select((category, c) => Series.Count == 1
            ? $"{category} : {ValueText(Series[0], c)}"
            : $"{category} : " + string.Join(", ", Series.Select(s => $"{s.Label} {ValueText(s, c)}")));
        var text = string.Join(" ; ", parts) + ".";
        return Target is { } t ? $"{text} {TargetLabel} : {Format(t)}." : text;
    }

    private string ValueText(BarSeries s, int c) => s.Values[c] is { } v ? Format(v) : "sans donnée";

    private string ValueLabel(BarSeries s, int c) => Series.Count == 1 ? ValueText(s, c) : $"{s.Label} : {ValueText(s, c)}";

    private string FillOf(BarSeries s) => s.Fill == BarFill.Solid
        ? $"fill=\"{Solid}\""
        : $"fill=\"url(#{Id}-hachures)\" stroke=\"{Hatch}\" stroke-width=\"1\"";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
