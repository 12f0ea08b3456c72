using Fnavdl.Core.Summary;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Summary;

/// <summary>The summary's Parquet tables read back by DuckDB, as an analyst reads them.</summary>
public sealed class SummaryParquetTests(SampleSummaryTests.PublishedSamples published) : IClassFixture<SampleSummaryTests.PublishedSamples>
{
    [Fact]
    public void Each_table_is_its_own_folder_so_a_glob_reads_one_table()
    {
        var parquet = published.Published.Paths.Where(p => p.EndsWith(".parquet", StringComparison.Ordinal)).ToList();
        Assert.Equal(["annee=2021/chiffres", "annee=2021/qualite", "annee=2021/lignage"], parquet.Select(p => p[..p.LastIndexOf('/')]));
        var s = published.Published.Summary;
        using var duck = new DuckDb();
        foreach (var (table, rows) in new[] { ("chiffres", s.Chiffres.Count), ("qualite", s.Qualite.Count), ("lignage", s.Lignage.Count) })
        {
            var glob = Glob(table);
            Assert.Equal((long)rows, duck.Scalar($"SELECT count(*) FROM {glob}"));
        }
        Assert.Contains("indicateur", duck.Describe(Glob("chiffres")).Keys);
        Assert.DoesNotContain("indicateur", duck.Describe(Glob("qualite")).Keys);
    }

    [Theory]
    [InlineData("qualite", "dernier_fichier_accepte_le")]
    [InlineData("lignage", "depose_le")]
    [InlineData("lignage", "traite_le")]
    public void Instants_are_UTC_timestamps_not_INT96(string table, string column)
    {
        using var duck = new DuckDb();
        Assert.Equal("TIMESTAMP WITH TIME ZONE", duck.Describe(Glob(table))[column]);
        var file = published.Store.Store.Syntheses.FullPath($"{SummaryLayout.Folder(2021)}/{table}/{table}-2021.parquet");
        var physical = duck.Rows($"SELECT type, logical_type FROM parquet_schema('{file}') WHERE name = '{column}'").Single();
        Assert.Equal("INT64", physical[0]);
        Assert.Contains("isAdjustedToUTC=1", physical[1]?.ToString()?.Replace(" ", ""));
        // The instant itself survives: the earliest time read back equals the summary's.
        var times = table == "qualite"
            ? published.Published.Summary.Qualite.Select(q => q.DernierFichierAccepteLe).OfType<DateTimeOffset>()
            : published.Published.Summary.Lignage.Select(f => column == "depose_le" ? f.DeposeLe : f.TraiteLe);
        var read = (DateTime)duck.Scalar($"SELECT min({column}) AT TIME ZONE 'UTC' FROM {Glob(table)}")!;
        var expected = times.Min().UtcDateTime;
        Assert.Equal(expected.AddTicks(-(expected.Ticks % TimeSpan.TicksPerMillisecond)), read);
    }

    private string Glob(string table) =>
        $"read_parquet('{published.Store.Store.Syntheses.FullPath(SummaryLayout.Folder(2021))}/{table}/*.parquet')";
}
