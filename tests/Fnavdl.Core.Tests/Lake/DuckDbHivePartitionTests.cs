using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Lake;

/// <summary>
/// The files carry <c>annee</c> and <c>code_region</c> AND sit under <c>annee=…/code_region=…</c>
/// folders. These tests pin down how DuckDB reconciles the two (README, "Opening in DuckDB").
/// </summary>
public sealed class DuckDbHivePartitionTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly DuckDb _db = new();

    public void Dispose()
    {
        _db.Dispose();
        _temp.Dispose();
    }

    // Region "01" (Guadeloupe): a code whose leading zero matters.
    private async Task<string> WriteGuadeloupeAsync()
    {
        var rows = LakeSamples.Projets(LakeSamples.Appel1, 3, 300m, "G-").Select(p => p with { CodeRegion = "01" });
        await LakeSamples.WriteProjetsAsync(LakeSamples.FolderOutput(_temp.Root), rows);
        return _temp.Glob("projets/**/*.parquet");
    }

    [Fact]
    public async Task Without_options_the_partition_folders_override_the_columns_with_guessed_types()
    {
        var guadeloupe = await WriteGuadeloupeAsync();
        using var paca = new TempFolder();
        await LakeSamples.WriteProjetsAsync(LakeSamples.FolderOutput(paca.Root), LakeSamples.Projets(LakeSamples.Appel1, 2, 20m, "A-"));

        // No error on the duplicate names: DuckDB detects the folders, their values win, and their
        // type is guessed from the folder names: "93" becomes a BIGINT, "01" stays a VARCHAR.
        var pacaRow = _db.Rows($"SELECT typeof(annee), typeof(code_region) FROM read_parquet('{paca.Glob("projets/**/*.parquet")}') LIMIT 1").Single();
        Assert.Equal(["BIGINT", "BIGINT"], pacaRow);
        var guadeloupeRow = _db.Rows($"SELECT typeof(annee), typeof(code_region), code_region FROM read_parquet('{guadeloupe}') LIMIT 1").Single();
        Assert.Equal(["BIGINT", "VARCHAR", "01"], guadeloupeRow);
    }

    [Theory]
    [InlineData("hive_partitioning = false")]
    [InlineData("hive_partitioning = true, hive_types = {'annee': INTEGER, 'code_region': VARCHAR}")]
    public async Task The_documented_forms_keep_the_file_types(string options)
    {
        var glob = await WriteGuadeloupeAsync();

        var row = _db.Rows($"SELECT typeof(annee), typeof(code_region), code_region, count(*) OVER () FROM read_parquet('{glob}', {options}) LIMIT 1").Single();
        Assert.Equal(["INTEGER", "VARCHAR", "01", 3L], row);
        var columns = _db.Describe($"read_parquet('{glob}', {options})");
        Assert.Equal(ProjetsDefinition.Table.Columns.Count(c => c.InFile), columns.Count); // no extra partition columns
    }

    [Fact]
    public async Task Typed_partitions_prune_by_folder()
    {
        var glob = await WriteGuadeloupeAsync();
        await LakeSamples.WriteProjetsAsync(LakeSamples.FolderOutput(_temp.Root), LakeSamples.Projets(LakeSamples.Appel1, 2, 20m, "A-"));

        var count = _db.Scalar(
            $"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true, hive_types = {{'annee': INTEGER, 'code_region': VARCHAR}}) "
            + "WHERE code_region = '01' AND annee = 2021");
        Assert.Equal(3L, count);
    }
}
