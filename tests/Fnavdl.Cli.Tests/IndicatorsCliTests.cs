using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Tests.Support;
using static Fnavdl.Core.Tests.Support.CliRun;

namespace Fnavdl.Cli.Tests;

/// <summary>`fnavdl indicators` and `fnavdl query` over the ingested samples.</summary>
public sealed class IndicatorsCliTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    private string Store => samples.Store.Root;

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
    public async Task Csv_is_semicolon_separated_with_a_BOM_for_Excel_and_labels_beside_the_codes()
    {
        var (code, output, _) = await RunAsync("indicators", "--year", "2021", "--store", Store, "--format", "csv");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("\uFEFFannee;perimetre;code_region;libelle_region;appel_a_projets;indicateur;dimension;libelle_dimension;valeur;numerateur;denominateur;unite\r\n", output);
        var lines = output.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Equal(11, l.Count(c => c == ';')));
        Assert.Contains("2021;region;93;Provence-Alpes-Côte d'Azur;;taux_co_portage;;;0,23880597014925373;16;67;ratio", lines);
        Assert.Contains("2021;appel;93;Provence-Alpes-Côte d'Azur;AAP 2020-10;nb_projets;;;40;;;projets", lines);
        Assert.Contains(lines, l => l.StartsWith("2021;region;93;Provence-Alpes-Côte d'Azur;;part_projets_thematique;sante_mentale;Santé mentale;", StringComparison.Ordinal));
        // Written to stdout as UTF-8, the BOM becomes the three bytes Excel looks for.
        Assert.Equal([0xEF, 0xBB, 0xBF], new UTF8Encoding(false).GetBytes(output[..1]));
    }

    [Fact]
    public async Task Table_fits_an_80_column_terminal_in_French_one_block_per_scope()
    {
        var (code, output, error) = await RunAsync("indicators", "--year", "2021", "--store", Store);

        Assert.True(code == ExitCodes.Ok, error);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} : {l}"));
        Assert.Contains("2021 · national", lines);
        Assert.Contains("2021 · région 93 — Provence-Alpes-Côte d'Azur", lines);
        Assert.Contains("2021 · région 93 — Provence-Alpes-Côte d'Azur · appel « AAP 2020-10 »", lines);
        var region = lines.SkipWhile(l => l != "2021 · région 93 — Provence-Alpes-Côte d'Azur").TakeWhile(l => l.Length > 0).ToList();
        Assert.Contains(region, l => Regex.IsMatch(l, @"^  taux_co_portage +23,9\u00A0%$"));
        Assert.Contains(region, l => Regex.IsMatch(l, @"^  montant_accorde_total +5\u202F300\u202F000\u00A0€$"));
        Assert.Contains(region, l => Regex.IsMatch(l, @"^  part_projets_thematique +\d+,\d\u00A0%  sante_mentale$"));
    }

    [Fact]
    public async Task Xlsx_is_written_to_the_file_given_with_codes_as_text()
    {
        var file = Path.Combine(Store, "indicateurs-test.xlsx");

        var missingOut = await RunAsync("indicators", "--year", "2021", "--store", Store, "--format", "xlsx");
        var (code, output, error) = await RunAsync("indicators", "--year", "2021", "--store", Store, "--region", "93", "--format", "xlsx", "--out", file);

        Assert.Equal(ExitCodes.Usage, missingOut.Code);
        Assert.Contains("--out", missingOut.Err);
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains(file, output);
        using var workbook = SpreadsheetDocument.Open(file, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var row = sheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.Equal(CellValues.InlineString, row[2].DataType!.Value);
        Assert.Equal("93", row[2].InnerText);
        Assert.Equal("Provence-Alpes-Côte d'Azur", row[3].InnerText);
        Assert.Equal(CellValues.Number, row[8].DataType!.Value);
    }

    [Theory]
    [InlineData("PACA")]
    [InlineData("Provence-Alpes-Côte d'Azur")]
    public async Task A_region_name_or_abbreviation_selects_the_same_rows_as_its_code(string name)
    {
        var byCode = await RunAsync("indicators", "--year", "2021", "--store", Store, "--region", "93", "--format", "json");
        var byName = await RunAsync("indicators", "--year", "2021", "--store", Store, "--region", name, "--format", "json");

        Assert.Equal(ExitCodes.Ok, byName.Code);
        Assert.Equal(byCode.Out, byName.Out);
    }

    [Fact]
    public async Task A_year_outside_the_data_is_an_error_and_writes_no_empty_files()
    {
        var indicators = await RunAsync("indicators", "--year", "2019", "--store", Store);
        var summary = await RunAsync("summary", "--year", "2019", "--store", Store);

        Assert.Equal(ExitCodes.Usage, indicators.Code);
        Assert.Contains("Aucune donnée pour l'année 2019", indicators.Err);
        Assert.Contains("années présentes : 2020, 2021, 2022", indicators.Err);
        Assert.Empty(indicators.Out);
        Assert.Equal(ExitCodes.Usage, summary.Code);
        Assert.Contains("Aucune donnée pour l'année 2019", summary.Err);
        Assert.False(Directory.Exists(Path.Combine(Store, "gold", "indicateurs", "annee=2019")));
        Assert.False(Directory.Exists(Path.Combine(Store, "syntheses", "annee=2019")));
    }

    [Fact]
    public async Task Gold_has_region_and_theme_dimension_tables_that_query_can_join()
    {
        await RunAsync("indicators", "--year", "2021", "--store", Store, "--format", "json");
        var (code, output, error) = await RunAsync("query",
            "select r.libelle_region, t.libelle_thematique, count(*) as n from projets_thematiques p " +
            "join regions r using (code_region) join thematiques t using (thematique) " +
            "where p.annee = 2021 and p.code_region = '93' and p.thematique = 'sante_mentale' group by 1, 2", "--store", Store);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Matches(@"Provence-Alpes-Côte d'Azur +Santé mentale +\d+", output);
        var regions = DuckDb.Run($"select count(*), count(distinct code_region), min(code_region), max(libelle_region) filter (where code_region = '93') from read_parquet('{Path.Combine(Store, "gold", "regions", "regions.parquet")}')").Single();
        Assert.Equal([18L, 18L, "01", "Provence-Alpes-Côte d'Azur"], regions);
        var themes = DuckDb.RunScalar($"select count(*) from read_parquet('{Path.Combine(Store, "gold", "thematiques", "thematiques.parquet")}') where thematique in ('autre', 'dalo', 'sante_mentale', 'jeunes', 'refugies', 'gens_du_voyage', 'logement_d_abord', 'sortants_institutions', 'gestion_locative_adaptee', 'prevention_expulsions', 'violences_femmes')");
        Assert.Equal(11L, themes);
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
            // A store where nothing was accepted yet: the log exists, no Parquet.
            Directory.CreateDirectory(Path.Combine(empty, "log"));
            await File.WriteAllTextAsync(Path.Combine(empty, "log", "ingestions.jsonl"), "");
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
    public async Task A_bad_query_is_reported_in_French_and_exits_1()
    {
        var (code, _, error) = await RunAsync("query", "select nope from projets", "--store", Store);
        Assert.Equal(1, code);
        Assert.Contains("Requête refusée par DuckDB", error);
    }
}
