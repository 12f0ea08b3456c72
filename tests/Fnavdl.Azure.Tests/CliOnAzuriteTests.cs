using Fnavdl.Cli;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure.Tests;

/// <summary>`fnavdl ingest --connection …`: what the Function does, reproduced by a person on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliOnAzuriteTests(AzuriteFixture azurite)
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FnavdlCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Ingest_with_a_connection_uploads_and_ingests_like_the_trigger_then_reports_unchanged()
    {
        var samples = Path.Combine(RepositoryRoot.Path, "samples", "uploads");
        var invalid = Path.Combine(RepositoryRoot.Path, "samples", "invalid", "93", "montant-ambigu.csv");

        var first = await RunAsync("ingest", samples, "--connection", azurite.ConnectionString);
        var second = await RunAsync("ingest", samples, "--connection", azurite.ConnectionString);
        var rejected = await RunAsync("ingest", invalid, "--region", "93", "--connection", azurite.ConnectionString);

        Assert.True(first.Code == ExitCodes.Ok, first.Out + first.Err);
        Assert.Contains("accepté     93/2021/projets-paca-2021.csv", first.Out);
        Assert.Contains("http://127.0.0.1:", first.Out); // report links point into the reports container
        Assert.Equal(ExitCodes.Ok, second.Code);
        Assert.DoesNotContain("accepté", second.Out);
        Assert.Contains("inchangé    93/2021/projets-paca-2021.csv", second.Out);
        Assert.Equal(ExitCodes.Rejected, rejected.Code);
        Assert.Contains("refusé      93/montant-ambigu.csv", rejected.Out);

        var store = new AzurePipelineStore(azurite.BlobService, azurite.TableService);
        var log = new List<IngestionRecord>();
        await foreach (var record in store.Log.ListAsync("93")) log.Add(record);
        Assert.Single(log, r => r.SourcePath == "93/2021/projets-paca-2021.csv" && r.Outcome == IngestionOutcome.Accepted);
        Assert.NotNull(await store.Uploads.OpenReadAsync("93/2021/projets-paca-2021.csv"));
    }
}
