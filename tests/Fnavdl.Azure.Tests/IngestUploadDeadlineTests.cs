using System.Text;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Functions;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// The blob trigger and its per-file deadline, on Azurite: a file stopped at the deadline is rejected — its report
/// says why, the log warns — and the invocation succeeds, so the at-least-once host does not retry it three times
/// (each retry would spend the deadline again on the same bytes) nor send it to the poison queue.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestUploadDeadlineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_file_past_its_deadline_is_rejected_with_its_report_and_a_warning_and_the_invocation_succeeds()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var rows = string.Join("\n", Enumerable.Range(1, 3000).Select(i => Csv.Projet($"P{i}")));
        var blob = await pipeline.UploadAsync("93/2021/projets.csv", Encoding.UTF8.GetBytes(Csv.Projets(rows)));
        var logger = new RecordingLogger<IngestUpload>();
        var services = new PipelineServices(pipeline.Store, AdministrativeReference.Embedded,
            IngestionOptions.Default with { FileDeadline = TimeSpan.FromMinutes(10) }, new ExpiredTimers());

        await new IngestUpload(services.Ingestion, logger).Run(blob, new TestFunctionContext());

        var record = Assert.Single(await ListAsync(pipeline));
        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Empty(await pipeline.CuratedSnapshotAsync());
        var report = (await pipeline.Store.Reports.Container.GetBlobClient(ReportPaths.HtmlOf(record.ReportPath!)).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(record.FailureMessage!), report);
        Assert.Contains("L'intégration a été arrêtée au bout de 10 min", record.FailureMessage);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("L'intégration a été arrêtée au bout de 10 min", StringComparison.Ordinal));
    }

    private static async Task<List<IngestionRecord>> ListAsync(PipelineOnAzurite pipeline)
    {
        var records = new List<IngestionRecord>();
        await foreach (var record in pipeline.Store.Log.ListAsync("93")) records.Add(record);
        return records;
    }
}
