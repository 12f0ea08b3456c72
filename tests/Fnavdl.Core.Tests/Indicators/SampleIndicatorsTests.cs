using Fnavdl.Core.Indicators;
using Fnavdl.Core.Tests.Support;
using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

/// <summary>The bundled samples: the seed figures of indicators.md, the gold file, and the SQL kit's agreement.</summary>
public sealed class SampleIndicatorsTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    private async Task<IReadOnlyList<IndicatorRow>> ComputeAsync(int annee) =>
        await TestServices.Indicators().ComputeAndWriteAsync(samples.Store.Store, annee);

    [Fact]
    public async Task Region_93_in_2021_reproduces_the_seed_figures()
    {
        var rows = await ComputeAsync(2021);
        IndicatorRow One(string indicateur, string perimetre, string? appel = null) =>
            Assert.Single(rows, r => r.Indicateur == indicateur && r.Perimetre == perimetre && r.CodeRegion == "93" && r.AppelAProjets == appel);

        Assert.Equal(67, One(NbProjets, Region).Valeur);
        var coPortage = One(TauxCoPortage, Region);
        Assert.Equal((16.0, 67.0, 16.0 / 67), (coPortage.Numerateur!.Value, coPortage.Denominateur!.Value, coPortage.Valeur));
        Assert.Equal((13.0, 40.0), (One(TauxCoPortage, Appel, "AAP 2020-10").Numerateur!.Value, One(TauxCoPortage, Appel, "AAP 2020-10").Denominateur!.Value));
        Assert.Equal((3.0, 27.0), (One(TauxCoPortage, Appel, "AAP 2021-04").Numerateur!.Value, One(TauxCoPortage, Appel, "AAP 2021-04").Denominateur!.Value));
        Assert.Equal(5_300_000, One(MontantAccordeTotal, Region).Valeur);
        Assert.Equal(3_100_000, One(MontantAccordeTotal, Appel, "AAP 2020-10").Valeur);
        Assert.Equal(2_200_000, One(MontantAccordeTotal, Appel, "AAP 2021-04").Valeur);
        Assert.Equal(3_700_000, One(Enveloppe, Region).Valeur);
        Assert.Equal(5_300_000.0 / 3_700_000, One(TauxEngagement, Region).Valeur);
    }

    [Fact]
    public async Task Every_year_present_is_computed_and_its_gold_file_is_replaced_whole()
    {
        var engine = TestServices.Indicators();
        var store = samples.Store.Store;
        Assert.Equal([2020, 2021, 2022], await engine.YearsAsync(store));

        var all = await engine.ComputeAndWriteAllAsync(store);
        var path = GoldLayout.IndicateursFile(2021);
        Assert.Equal("indicateurs/annee=2021/indicateurs.parquet", path);
        var first = await File.ReadAllBytesAsync(store.Gold.FullPath(path));
        await engine.ComputeAndWriteAllAsync(store);
        Assert.Equal(first, await File.ReadAllBytesAsync(store.Gold.FullPath(path))); // deterministic

        await using var stream = File.OpenRead(store.Gold.FullPath(path));
        var read = await IndicatorFile.ReadAsync(stream);
        Assert.Equal(all[2021], read);

        var columns = DuckDb.Run($"select column_name, column_type from (describe select * from read_parquet('{store.Gold.FullPath(path)}', hive_partitioning = false))")
            .Select(r => $"{r[0]} {r[1]}");
        Assert.Equal(["annee INTEGER", "perimetre VARCHAR", "code_region VARCHAR", "appel_a_projets VARCHAR", "indicateur VARCHAR",
            "dimension VARCHAR", "valeur DOUBLE", "numerateur DOUBLE", "denominateur DOUBLE", "unite VARCHAR"], columns);
    }

    [Fact]
    public async Task Every_indicator_of_the_spec_appears_for_2021()
    {
        var rows = await ComputeAsync(2021);
        Assert.Equal(Indicateurs.All.Order(), rows.Select(r => r.Indicateur).Distinct().Order());
        Assert.All(rows.Where(r => r.Unite == Unites.Ratio && r.Indicateur != TauxEngagement), r => Assert.InRange(r.Valeur, 0, 1));
    }

    [Fact]
    public async Task The_SQL_kit_agrees_with_the_engine_on_every_headline_indicator()
    {
        var store = samples.Store.Store;
        var engine = TestServices.Indicators();
        var csharp = new List<IndicatorRow>();
        foreach (var annee in await engine.YearsAsync(store)) csharp.AddRange(await engine.ComputeAsync(store, annee));

        var sql = SqlKit.Headline(store.Curated.Root);
        Assert.True(sql.Count > 100, $"only {sql.Count} rows from SQL");
        var headline = sql.Select(r => r.Indicateur).ToHashSet();
        Assert.Equal(SqlKit.HeadlineIndicators.Order(), headline.Order());

        var engineRows = csharp.Where(r => headline.Contains(r.Indicateur)).ToDictionary(SqlKit.Key);
        Assert.Equal(engineRows.Keys.Order(), sql.Select(SqlKit.Key).Order());
        foreach (var row in sql)
        {
            var mine = engineRows[SqlKit.Key(row)];
            Assert.Equal(mine.Valeur, row.Valeur, 9);
            Assert.Equal(mine.Numerateur, row.Numerateur);
            Assert.Equal(mine.Denominateur, row.Denominateur);
            Assert.Equal(mine.Unite, row.Unite);
        }
    }
}
