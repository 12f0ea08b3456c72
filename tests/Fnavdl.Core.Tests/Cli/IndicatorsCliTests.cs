using System.Text;
using System.Text.Json;
using Fnavdl.Cli;
using Fnavdl.Core.Tests.Ingestion;

namespace Fnavdl.Core.Tests.Cli;

/// <summary>`fnavdl indicators` and `fnavdl query` over the ingested samples.</summary>
public sealed class IndicatorsCliTests(SampleIngestionTests.IngestedSamples samples) : IClassFixture<SampleIngestionTests.IngestedSamples>
{
    private string Store => samples.Store.Root;

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FnavdlCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_is_an_array_of_objects_with_the_spec_columns()
    {
        var (code, output, _) = await RunAsync("indicators", "--year", "2021", "--store", Store, "--region", "93", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(
            ["annee", "perimetre", "code_region", "appel_a_projets", "indicateur", "dimension", "valeur", "numerateur", "denominateur", "unite"],
            r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.Equal("93", r.GetProperty("code_region").GetString()));
        var coPortage = rows.Single(r => r.GetProperty("indicateur").GetString() == "taux_co_portage" && r.GetProperty("perimetre").GetString() == "region");
        Assert.Equal(16, coPortage.GetProperty("numerateur").GetDouble());
        Assert.Equal(67, coPortage.GetProperty("denominateur").GetDouble());
        var nb = rows.Single(r => r.GetProperty("indicateur").GetString() == "nb_projets" && r.GetProperty("perimetre").GetString() == "region");
        Assert.Equal(JsonValueKind.Null, nb.GetProperty("numerateur").ValueKind);
        Assert.True(File.Exists(Path.Combine(Store, "gold", "indicateurs", "annee=2021", "indicateurs.parquet")));
    }

    [Fact]
    public async Task Csv_is_semicolon_separated_with_a_BOM_for_Excel()
    {
        var (code, output, _) = await RunAsync("indicators", "--year", "2021", "--store", Store, "--format", "csv");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("\uFEFFannee;perimetre;code_region;appel_a_projets;indicateur;dimension;valeur;numerateur;denominateur;unite\r\n", output);
        var lines = output.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Equal(9, l.Count(c => c == ';')));
        Assert.Contains("2021;region;93;;taux_co_portage;;0,23880597014925373;16;67;ratio", lines);
        Assert.Contains("2021;appel;93;AAP 2020-10;nb_projets;;40;;;projets", lines);
        // Written to stdout as UTF-8, the BOM becomes the three bytes Excel looks for.
        Assert.Equal([0xEF, 0xBB, 0xBF], new UTF8Encoding(false).GetBytes(output[..1]));
    }

    [Fact]
    public async Task An_unknown_region_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("indicators", "--year", "2021", "--store", Store, "--region", "99");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Région inconnue", error);
    }

    [Fact]
    public async Task Query_runs_DuckDB_over_the_views_and_prints_an_aligned_table()
    {
        var (code, output, error) = await RunAsync("query",
            "select p.appel_a_projets, count(distinct p.id_projet) as projets, count(e.siren_epci) as liens_epci " +
            "from projets p left join projets_epci e using (annee, code_region, appel_a_projets, id_projet) " +
            "where p.code_region = '93' and p.annee = 2021 group by 1 order by 1", "--store", Store);

        Assert.True(code == ExitCodes.Ok, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("appel_a_projets", lines[0]);
        Assert.Matches(@"^AAP 2020-10 +40 +\d+$", lines[2]);
        Assert.Matches(@"^AAP 2021-04 +27 +\d+$", lines[3]);
        // Numbers are right-aligned under their column's rule: "40" ends where the second rule ends.
        var secondRuleEnd = lines[1].IndexOf(' ', lines[1].IndexOf("  -", StringComparison.Ordinal) + 2);
        Assert.Equal(secondRuleEnd, lines[2].IndexOf("40", StringComparison.Ordinal) + 2);
        Assert.Equal("(2 ligne(s))", lines[^1]);
    }

    [Fact]
    public async Task Query_views_exist_for_every_table_even_without_files()
    {
        var empty = Path.Combine(Path.GetTempPath(), "fnavdl-cli-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, error) = await RunAsync("query",
                "select (select count(*) from projets) + (select count(*) from suivi) + (select count(*) from enveloppes) + " +
                "(select count(*) from projets_thematiques) + (select count(*) from projets_departements) + (select count(*) from projets_epci) + " +
                "(select count(*) from projets_co_porteurs) + (select count(*) from indicateurs) as n, " +
                "(select typeof(montant_accorde) from projets limit 1) as t", "--store", empty);
            Assert.True(code == ExitCodes.Ok, error);
            Assert.Contains("Vues vides", error);
            Assert.Matches(@"\n\s*0\s*\r?\n", output);
        }
        finally
        {
            if (Directory.Exists(empty)) Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_query_is_reported_in_French()
    {
        var (code, _, error) = await RunAsync("query", "select nope from projets", "--store", Store);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Requête refusée par DuckDB", error);
    }
}
