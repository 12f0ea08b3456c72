using System.Globalization;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>The bundled samples, ingested as the demo does, read back with DuckDB.</summary>
public sealed class SampleIngestionTests : IClassFixture<IngestedSamples>
{
    private readonly IngestedSamples _samples;

    public SampleIngestionTests(IngestedSamples samples) => _samples = samples;

    private string Projets => DuckDb.Table(_samples.Store.Store.Curated.Root, "projets");

    [Fact]
    public void Every_sample_upload_is_accepted()
    {
        Assert.True(_samples.Records.Count >= 8, $"only {_samples.Records.Count} sample files");
        Assert.All(_samples.Records, r => Assert.True(r.Outcome == IngestionOutcome.Accepted, $"{r.SourcePath}: {r.Outcome}, {r.Errors} erreur(s)"));
        Assert.Contains(_samples.Records, r => r.Kind == "projets");
        Assert.Contains(_samples.Records, r => r.Kind!.Contains("suivi"));
        Assert.Contains(_samples.Records, r => r.Kind!.Contains("enveloppes"));
    }

    [Fact]
    public void Region_93_reproduces_the_seed_figures_read_back_with_DuckDB()
    {
        var rows = DuckDb.Run($"""
            select count(*), sum(montant_accorde), count(*) filter (where co_portage_derive)
            from {Projets} where code_region = '93' and annee = 2021
            """);
        Assert.Equal(67L, Convert.ToInt64(rows[0][0], CultureInfo.InvariantCulture));
        Assert.Equal(5_300_000.00m, Convert.ToDecimal(rows[0][1], CultureInfo.InvariantCulture));
        Assert.Equal(16L, Convert.ToInt64(rows[0][2], CultureInfo.InvariantCulture));

        var perCall = DuckDb.Run($"""
            select appel_a_projets, count(*), count(*) filter (where co_portage_derive), sum(montant_accorde)
            from {Projets} where code_region = '93' and annee = 2021 group by 1 order by 1
            """);
        Assert.Equal(2, perCall.Count);
        Assert.Equal((40L, 13L, 3_100_000.00m), (Convert.ToInt64(perCall[0][1], CultureInfo.InvariantCulture), Convert.ToInt64(perCall[0][2], CultureInfo.InvariantCulture), Convert.ToDecimal(perCall[0][3], CultureInfo.InvariantCulture)));
        Assert.Equal((27L, 3L, 2_200_000.00m), (Convert.ToInt64(perCall[1][1], CultureInfo.InvariantCulture), Convert.ToInt64(perCall[1][2], CultureInfo.InvariantCulture), Convert.ToDecimal(perCall[1][3], CultureInfo.InvariantCulture)));

        var envelope = DuckDb.RunScalar($"select sum(enveloppe) from {DuckDb.Table(_samples.Store.Store.Curated.Root, "enveloppes")} where code_region = '93' and annee = 2021");
        Assert.Equal(3_700_000.00m, Convert.ToDecimal(envelope, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Curated_columns_have_explicit_types()
    {
        var types = DuckDb.Run($"select column_name, column_type from (describe select * from {Projets})")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("DECIMAL(18,2)", types["montant_accorde"]);
        Assert.Equal("INTEGER", types["annee"]);
        Assert.Equal("DATE", types["date_decision"]);
        Assert.Equal("BOOLEAN", types["co_portage_derive"]);
    }

    [Fact]
    public void Every_row_carries_its_lineage()
    {
        // Through the analysts' views: the rows keep their line and deposit id, the deposit's path and hash are joined from depots.
        var views = Indicators.SqlKit.Script(_samples.Store.Store.Curated.Root);
        var missing = DuckDb.Run(views + """
            select count(*) from projets
            where source_chemin is null or length(source_sha256) <> 64 or source_ligne is null or id_ingestion is null or horodatage_depot is null
            """)[0][0];
        Assert.Equal(0L, Convert.ToInt64(missing, CultureInfo.InvariantCulture));
        var xlsx = DuckDb.Run(views + "select count(*) from projets where source_chemin like '%.xlsx' and source_feuille is not null")[0][0];
        Assert.True(Convert.ToInt64(xlsx, CultureInfo.InvariantCulture) > 0);
        // One depots row per deposit, each the one its rows name.
        Assert.Equal(0L, Convert.ToInt64(DuckDb.Run(views + "select count(*) from projets p anti join depots d using (id_ingestion)")[0][0], CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(DuckDb.Run(views + "select count(*) - count(distinct id_ingestion) from depots")[0][0], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Multi_valued_fields_are_bridge_tables_that_join_back()
    {
        var views = Indicators.SqlKit.Script(_samples.Store.Store.Curated.Root);
        var orphan = DuckDb.Run(views + """
            select count(*) from projets_thematiques t
            anti join projets p using (annee, code_region, appel_a_projets, id_projet)
            """)[0][0];
        Assert.Equal(0L, Convert.ToInt64(orphan, CultureInfo.InvariantCulture));
        var themes = DuckDb.Run(views + "select count(distinct thematique) from projets_thematiques where code_region = '93'")[0][0];
        Assert.True(Convert.ToInt64(themes, CultureInfo.InvariantCulture) >= 10);
        var weights = DuckDb.Run(views + """
            select max(abs(s - 1)) from (select sum(poids) s from projets_thematiques
            group by annee, code_region, appel_a_projets, id_projet)
            """)[0][0];
        Assert.True(Convert.ToDouble(weights, CultureInfo.InvariantCulture) < 1e-9);
    }
}
