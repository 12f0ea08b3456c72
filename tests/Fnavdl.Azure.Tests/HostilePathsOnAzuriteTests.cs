using System.Security.Cryptography;
using Fnavdl.Cli;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Reference;

namespace Fnavdl.Azure.Tests;

/// <summary>Issue 9, point 3 on Azurite: region 44 cannot reach region 93's upload or reports by naming a path that climbs.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostilePathsOnAzuriteTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("44/x\\..\\..\\93/projets.csv")]
    [InlineData("44/../93/projets.csv")]
    [InlineData("44/projets.csv\naccepté     93/projets.csv")]
    public async Task The_ingestion_refuses_a_climbing_blob_name_and_93_upload_and_reports_are_untouched(string hostile)
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var accepted = await pipeline.DeliverAsync(await pipeline.UploadAsync("93/projets.csv", ProjetsFiles.Valid("93", "AAP 1", rows: 3)));
        Assert.Equal(IngestionOutcome.Accepted, accepted.Outcome);
        var before = await SnapshotAsync(pipeline.Store);

        var record = await new UploadIngestionService(pipeline.Store, AdministrativeReference.Embedded, IngestionOptions.Default, TimeProvider.System).IngestAsync(new UploadRef(hostile, DateTimeOffset.UtcNow));

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Equal("44", record.CodeRegion);
        Assert.Null(record.RawPath);
        var after = await SnapshotAsync(pipeline.Store);
        Assert.Equal(before.Where(f => !f.Key.StartsWith("reports/44/", StringComparison.Ordinal)), after.Where(f => !f.Key.StartsWith("reports/44/", StringComparison.Ordinal)));
        var added = Assert.Single(after.Keys.Except(before.Keys), k => k.EndsWith(".json", StringComparison.Ordinal));
        Assert.StartsWith("reports/44/chemins-refuses/", added);
        await using var report = (await pipeline.Store.Reports.OpenReadAsync(record.ReportPath!))!;
        Assert.Contains(IssueCodes.CheminInvalide, await new StreamReader(report).ReadToEndAsync());
    }

    [Fact]
    public async Task The_cli_refuses_a_climbing_file_name_before_uploading_it()
    {
        var folder = Directory.CreateTempSubdirectory("fnavdl-hostile-azurite-").FullName;
        try
        {
            var names = StorageNames.Default;
            var store = new AzurePipelineStore(azurite.BlobService, azurite.TableService, names);
            Directory.CreateDirectory(Path.Combine(folder, "44"));
            // Linux allows '\' in a file name: this one is literally "x\..\..\93\hostile-<id>.csv".
            var id = Guid.NewGuid().ToString("N")[..8];
            await File.WriteAllBytesAsync(Path.Combine(folder, "44", $"x\\..\\..\\93\\hostile-{id}.csv"), ProjetsFiles.Valid("44", "AAP 1", rows: 1));

            var output = new StringWriter();
            var code = await FnavdlCommandLine.RunAsync(["ingest", folder, "--connection", azurite.ConnectionString], output, new StringWriter());

            Assert.Equal(ExitCodes.Rejected, code);
            Assert.Contains($"refusé      44/x\\..\\..\\93\\hostile-{id}.csv (chemin-invalide", output.ToString());
            var uploads = new List<string>();
            await foreach (var file in store.Uploads.ListAsync("")) uploads.Add(file.Path);
            Assert.DoesNotContain(uploads, p => p.Contains($"hostile-{id}", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<SortedDictionary<string, string>> SnapshotAsync(AzurePipelineStore store)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, area) in new[] { ("uploads", store.Uploads), ("raw", store.Raw), ("reports", store.Reports), ("curated", store.Curated) })
        {
            await foreach (var file in ((IFileArea)area).ListAsync(""))
            {
                await using var content = (await ((IFileArea)area).OpenReadAsync(file.Path))!;
                snapshot[$"{name}/{file.Path}"] = Convert.ToHexStringLower(await SHA256.HashDataAsync(content));
            }
        }
        return snapshot;
    }
}
