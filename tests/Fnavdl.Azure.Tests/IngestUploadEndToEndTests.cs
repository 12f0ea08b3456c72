using System.Globalization;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure.Tests;

/// <summary>The trigger function called directly on Azurite, with the real core behind it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestUploadEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Each_sample_upload_becomes_curated_parquet_a_log_entity_and_a_report()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var samples = Path.Combine(RepositoryRoot.Path, "samples", "uploads");
        var paths = Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(samples, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

        var records = new List<IngestionRecord>();
        foreach (var path in paths)
            records.Add(await pipeline.DeliverAsync(await pipeline.UploadSampleAsync(path)));

        Assert.All(records, r => Assert.True(r.Outcome == IngestionOutcome.Accepted, $"{r.SourcePath}: {r.Outcome} ({r.Errors} errors)"));
        Assert.Equal(paths, (await pipeline.LogAsync()).Select(r => r.SourcePath).Order(StringComparer.Ordinal));
        foreach (var record in records)
        {
            Assert.NotNull(await pipeline.Store.Reports.OpenReadAsync(record.ReportPath!));
            Assert.NotNull(await pipeline.Store.Raw.OpenReadAsync(record.RawPath!));
        }

        var curated = await pipeline.DownloadCuratedAsync();
        var rows = DuckDb.Run($"""
            select count(*), sum(montant_accorde), count(*) filter (where co_portage_derive)
            from {DuckDb.Table(curated, "projets")} where code_region = '93' and annee = 2021
            """);
        Assert.Equal(67L, Convert.ToInt64(rows[0][0], CultureInfo.InvariantCulture));
        Assert.Equal(5_300_000.00m, Convert.ToDecimal(rows[0][1], CultureInfo.InvariantCulture));
        Assert.Equal(16L, Convert.ToInt64(rows[0][2], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_rejected_upload_gets_its_report_and_nothing_curated()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);

        var record = await pipeline.DeliverAsync(await pipeline.UploadAsync("84/projets.csv", ProjetsFiles.Invalid("84", "AAP 1")));

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Equal(1, record.Errors);
        Assert.Empty(await pipeline.CuratedSnapshotAsync());
        await using var report = await pipeline.Store.Reports.OpenReadAsync(record.ReportPath!);
        var text = await new StreamReader(report!).ReadToEndAsync();
        Assert.Contains("\"code\": \"montant-ambigu\"", text);
        Assert.Contains("\"row\": 3", text);
    }
}
