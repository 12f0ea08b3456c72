using System.Globalization;
using System.Text.RegularExpressions;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Publication;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Tests.Indicators;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Schema;

/// <summary>
/// The analysts' view scripts define the dimension tables (regions, thematiques) beside the facts, so a
/// name is one join away in Synapse as in DuckDB, and the two scripts offer the same views.
/// </summary>
public sealed class DimensionViewsTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    private static List<string> ViewNames(string script, string pattern) =>
        [.. Regex.Matches(script, pattern, RegexOptions.Multiline).Select(m => m.Groups[1].Value)];

    [Fact]
    public void The_Synapse_script_defines_every_curated_table_the_indicators_and_both_dimensions()
    {
        var views = ViewNames(ViewScripts.Synapse(TableCatalog.All), @"^CREATE OR ALTER VIEW dbo\.(\w+) AS$");

        Assert.Equal(["versions_courantes", .. TableCatalog.All.Select(t => t.Name), GoldLayout.Indicateurs, GoldLayout.Regions, GoldLayout.Thematiques], views);
    }

    [Fact]
    public void The_DuckDB_and_Synapse_scripts_define_the_same_table_and_dimension_views()
    {
        var duckDb = ViewNames(ViewScripts.DuckDb(TableCatalog.All), @"^CREATE OR REPLACE VIEW (\w+) AS$");
        var synapse = ViewNames(ViewScripts.Synapse(TableCatalog.All), @"^CREATE OR ALTER VIEW dbo\.(\w+) AS$");

        // The same views (the manifests included), but the indicators (a gold file the DuckDB kit leaves to `fnavdl query`).
        Assert.Equal(synapse.Where(v => v != GoldLayout.Indicateurs), duckDb);
    }

    [Theory]
    [InlineData("regions", "code_region", "libelle_region")]
    [InlineData("thematiques", "thematique", "libelle_thematique")]
    public void A_Synapse_dimension_view_reads_its_one_gold_file_with_both_columns_as_UTF8_text(string view, string key, string label)
    {
        var script = ViewScripts.Synapse(TableCatalog.All);
        var start = script.IndexOf($"CREATE OR ALTER VIEW dbo.{view} AS", StringComparison.Ordinal);
        var body = script[start..script.IndexOf("GO\n", start, StringComparison.Ordinal)];

        Assert.Contains($"BULK 'https://<account>.dfs.core.windows.net/gold/{view}/{view}.parquet',", body);
        Assert.Contains($"WITH (\n    {key} VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,\n    {label} VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8\n) AS rows;", body);
    }

    [Fact]
    public void The_DuckDB_kit_s_dimension_views_hold_the_gold_rows_and_name_every_code_of_the_samples()
    {
        var script = SqlKit.Script(samples.Store.Store.Curated.Root);

        var regions = DuckDb.Run(script + "SELECT code_region, libelle_region FROM regions ORDER BY code_region;");
        var themes = DuckDb.Run(script + "SELECT thematique, libelle_thematique FROM thematiques ORDER BY thematique;");
        Assert.Equal(IndicatorLabels.Regions.Select(r => $"{r.Code}={r.Label}"), regions.Select(r => $"{r[0]}={r[1]}"));
        Assert.Equal(IndicatorLabels.Themes.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => $"{t.Code}={t.Label}"),
            themes.Select(r => $"{r[0]}={r[1]}"));
        Assert.Contains("93=Provence-Alpes-Côte d'Azur", regions.Select(r => $"{r[0]}={r[1]}"));

        var unnamed = DuckDb.Run(script + """
            SELECT (SELECT count(*) FROM projets LEFT JOIN regions USING (code_region) WHERE libelle_region IS NULL),
                   (SELECT count(*) FROM projets_thematiques LEFT JOIN thematiques USING (thematique) WHERE libelle_thematique IS NULL),
                   (SELECT count(*) FROM projets JOIN regions USING (code_region));
            """).Single();
        Assert.Equal(0L, Convert.ToInt64(unnamed[0], CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(unnamed[1], CultureInfo.InvariantCulture));
        Assert.True(Convert.ToInt64(unnamed[2], CultureInfo.InvariantCulture) > 0, "no project joined its region");
    }
}
