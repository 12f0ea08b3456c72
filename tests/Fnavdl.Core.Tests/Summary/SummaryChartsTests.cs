using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Summary;

namespace Fnavdl.Core.Tests.Summary;

/// <summary>The page's charts as a screen reader and a colour-blind reader get them.</summary>
public sealed class SummaryChartsTests(SampleSummaryTests.PublishedSamples published) : IClassFixture<SampleSummaryTests.PublishedSamples>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private string Html => Encoding.UTF8.GetString(published.Bytes(SummaryLayout.Html(2021)));

    private List<XElement> Charts() =>
        [.. Regex.Matches(Html, "<svg.*?</svg>", RegexOptions.Singleline).Select(m => XElement.Parse(m.Value))];

    [Fact]
    public void Each_chart_is_an_image_named_by_its_title_described_value_by_value_and_scaled_by_its_view_box()
    {
        var charts = Charts();
        Assert.Equal(4, charts.Count);
        foreach (var chart in charts)
        {
            Assert.Equal("img", (string?)chart.Attribute("role"));
            var ids = ((string)chart.Attribute("aria-labelledby")!).Split(' ');
            Assert.Equal([Svg + "title", Svg + "desc"], ids.Select(id => chart.Elements().Single(e => (string?)e.Attribute("id") == id).Name));
            Assert.Matches(@"^0 0 \d+ \d+(\.\d)?$", (string)chart.Attribute("viewBox")!);
            Assert.Null(chart.Attribute("width"));
        }
        var projets = charts.Single(c => c.Element(Svg + "title")!.Value == "Projets financés par région");
        var desc = projets.Element(Svg + "desc")!.Value;
        foreach (var q in published.Published.Summary.Qualite.Where(q => q.Declarante))
            Assert.Contains($"{q.NomRegion} : {FrenchFormat.Integer(published.Published.Summary.Region(q.CodeRegion, Indicateurs.NbProjets)!.Valeur)}", desc);
    }

    [Fact]
    public void Regions_and_themes_are_named_in_French_not_by_code()
    {
        var texts = Charts().SelectMany(c => c.Descendants(Svg + "text")).Select(t => t.Value).ToList();
        Assert.Contains("Provence-Alpes-Côte d'Azur", texts);
        Assert.Contains("Santé mentale", texts);
        Assert.DoesNotContain("93", texts);
        Assert.DoesNotContain("sante_mentale", texts);
    }

    [Fact]
    public void Two_series_differ_by_pattern_and_by_direct_labels_with_the_legend_above_the_bars()
    {
        var portage = Charts().Single(c => c.Element(Svg + "title")!.Value.StartsWith("Co-portage", StringComparison.Ordinal));
        var bars = portage.Elements(Svg + "rect").ToList();
        Assert.Contains(bars, b => ((string)b.Attribute("fill")!).StartsWith("url(#", StringComparison.Ordinal));
        Assert.Contains(bars, b => ((string)b.Attribute("fill")!).StartsWith('#'));
        var labels = portage.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(labels, l => l.StartsWith("Co-portage : ", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Portage bailleur : ", StringComparison.Ordinal));
        Assert.Contains("Objectif : un tiers (33,3\u00A0%)", labels);

        // The legend (first three entries) sits entirely above the first bar of data.
        double Y(XElement e) => double.Parse((string)e.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture);
        var legendBottom = bars.Take(2).Max(b => Y(b) + 16);
        Assert.All(bars.Skip(2), b => Assert.True(Y(b) > legendBottom, "a bar under the legend"));
    }

    [Fact]
    public void Each_chart_links_to_the_table_with_its_figures()
    {
        var html = Html;
        var links = Regex.Matches(html, "Les chiffres de ce graphique : <a href=\"#([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, links.Count);
        Assert.All(links, id => Assert.Contains($"<section id=\"{id}\">", html));
    }
}
