using System.Globalization;
using Fnavdl.Cli;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Azure.Tests;

/// <summary>`fnavdl pull` and the `--connection` forms of `indicators` and `query`, on Azurite's default names.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PullOnAzuriteTests(AzuriteFixture azurite)
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FnavdlCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task IngestAsync(string region, string appel, int rows)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("fnavdl-pull-src-").FullName, "projets.csv");
        await File.WriteAllBytesAsync(file, ProjetsFiles.Valid(region, appel, rows));
        var ingested = await RunAsync("ingest", file, "--region", region, "--connection", azurite.ConnectionString);
        Assert.True(ingested.Code == ExitCodes.Ok, ingested.Out + ingested.Err);
    }

    private async Task<Dictionary<string, string>> CuratedETagsAsync()
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var blob in azurite.BlobService.GetBlobContainerClient(StorageNames.Default.Curated).GetBlobsAsync())
            etags[blob.Name] = blob.Properties.ETag.ToString()!;
        return etags;
    }

    private static MirrorResult Curated(string output)
    {
        var line = output.Split('\n').Single(l => l.StartsWith("curated : ", StringComparison.Ordinal));
        var numbers = System.Text.RegularExpressions.Regex.Matches(line, @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        return new MirrorResult(numbers[0], numbers[1], numbers[2]);
    }

    [Fact]
    public async Task A_second_pull_downloads_nothing_and_after_an_ingestion_only_the_changed_files()
    {
        await IngestAsync("84", "AAP pull A", 3);
        var cache = Directory.CreateTempSubdirectory("fnavdl-pull-").FullName;

        var first = await RunAsync("pull", "--connection", azurite.ConnectionString, "--to", cache);
        var second = await RunAsync("pull", "--connection", azurite.ConnectionString, "--to", cache);
        var before = await CuratedETagsAsync();
        await IngestAsync("84", "AAP pull B", 2);
        var after = await CuratedETagsAsync();
        var third = await RunAsync("pull", "--connection", azurite.ConnectionString, "--to", cache);

        Assert.True(first.Code == ExitCodes.Ok, first.Out + first.Err);
        Assert.Equal(before.Count, Curated(first.Out).Downloaded);
        Assert.Equal(new MirrorResult(0, before.Count, 0), Curated(second.Out));
        var changed = after.Count(a => !before.TryGetValue(a.Key, out var etag) || etag != a.Value);
        Assert.InRange(changed, 1, after.Count - 1);
        Assert.Equal(new MirrorResult(changed, after.Count - changed, 0), Curated(third.Out));
        foreach (var name in after.Keys)
            Assert.True(File.Exists(Path.Combine(cache, "curated", name)), name);
        // The copy carries the manifests its readers follow, byte for byte the account's.
        var remote = new AzurePipelineStore(azurite.BlobService, azurite.TableService).Units;
        var local = new LocalPipelineStore(cache).Units;
        var regions = await remote.ListRegionsAsync().ToListAsync();
        Assert.Contains("84", regions);
        Assert.Equal(regions, await local.ListRegionsAsync().ToListAsync());
        foreach (var region in regions)
            Assert.Equal((await remote.ReadAsync(region))!.Content, (await local.ReadAsync(region))!.Content);
    }

    [Fact]
    public async Task A_copy_whose_blob_is_gone_is_deleted_and_other_files_are_left_alone()
    {
        var container = azurite.BlobService.GetBlobContainerClient(AzuriteFixture.UniqueName("mirror"));
        await container.CreateAsync();
        await container.UploadBlobAsync("a/1.parquet", BinaryData.FromString("one"));
        await container.UploadBlobAsync("a/2.parquet", BinaryData.FromString("two"));
        var folder = Directory.CreateTempSubdirectory("fnavdl-mirror-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "mine.txt"), "local");

        await BlobMirror.SyncAsync(container, folder);
        await container.DeleteBlobAsync("a/2.parquet");
        await container.GetBlobClient("a/1.parquet").UploadAsync(BinaryData.FromString("ONE"), overwrite: true);
        var result = await BlobMirror.SyncAsync(container, folder);

        Assert.Equal(new MirrorResult(1, 0, 1), result);
        Assert.Equal("ONE", File.ReadAllText(Path.Combine(folder, "a", "1.parquet")));
        Assert.False(File.Exists(Path.Combine(folder, "a", "2.parquet")));
        Assert.Equal("local", File.ReadAllText(Path.Combine(folder, "mine.txt")));
    }

    [Fact]
    public async Task Query_and_indicators_with_a_connection_run_on_a_fresh_copy_of_the_lake()
    {
        await IngestAsync("28", "AAP pull Normandie", 4);
        var cache = Directory.CreateTempSubdirectory("fnavdl-pull-q-").FullName;

        var query = await RunAsync("query", "select count(*) as n from projets where appel_a_projets = 'AAP pull Normandie'",
            "--connection", azurite.ConnectionString, "--cache", cache);
        var indicators = await RunAsync("indicators", "--year", "2021", "--region", "28", "--format", "csv",
            "--connection", azurite.ConnectionString, "--cache", cache);

        Assert.True(query.Code == ExitCodes.Ok, query.Out + query.Err);
        Assert.Contains("4", query.Out.Split('\n').Select(l => l.Trim()));
        Assert.Contains("téléchargé(s)", query.Err);
        Assert.True(indicators.Code == ExitCodes.Ok, indicators.Out + indicators.Err);
        Assert.Contains(";appel;28;Normandie;AAP pull Normandie;nb_projets;;;4;", indicators.Out);
        Assert.True(File.Exists(Path.Combine(cache, "gold", "indicateurs", "annee=2021", "indicateurs.parquet")));
        Assert.Contains("0 téléchargé(s)", indicators.Err);
    }

    [Fact]
    public async Task Ingest_with_a_connection_requests_the_recompute_of_the_year_like_the_function()
    {
        var connection = AzureStorageConnection.FromConnectionString(azurite.ConnectionString);
        var ledger = new AzureIndicatorStorage(new AzurePipelineStore(azurite.BlobService, azurite.TableService), connection).Ledger;
        await IngestAsync("76", "AAP pull Occitanie", 1);
        var before = await ledger.GetAsync(2021);

        await IngestAsync("76", "AAP pull Occitanie 2", 1);

        Assert.Equal(before.Requested + 1, (await ledger.GetAsync(2021)).Requested);
    }
}
