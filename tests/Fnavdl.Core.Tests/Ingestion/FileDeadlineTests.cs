using System.Text.Json;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// Issue 17, deadlines: a file whose reading and validation outlast <see cref="IngestionOptions.FileDeadline"/> is
/// rejected with its French message — a report, a log record saying why — and nothing is curated; it is not thrown,
/// so an at-least-once trigger does not spend the deadline again on a retry.
/// </summary>
public sealed class FileDeadlineTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private static readonly string ManyRows = Csv.Projets([.. Enumerable.Range(1, 3000).Select(i => Csv.Projet($"P{i}"))]);

    private UploadIngestionService Ingestion(TimeSpan? deadline, TimeProvider clock) => new PipelineServices(_store.Store,
        AdministrativeReference.Embedded, IngestionOptions.Default with { FileDeadline = deadline }, clock).Ingestion;

    [Fact]
    public async Task A_file_past_its_deadline_is_rejected_with_the_deadline_message_and_nothing_is_curated()
    {
        var upload = await _store.UploadAsync("93/2021/projets.csv", ManyRows);

        var record = await Ingestion(TimeSpan.FromSeconds(90), new ExpiredTimers()).IngestAsync(upload);

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Empty(record.UnitsWritten);
        Assert.Empty(_store.CuratedSnapshot());
        var expected = ProcessingDeadline.Integration(TimeSpan.FromSeconds(90)).Text;
        Assert.Equal(expected, record.FailureMessage);
        Assert.Contains("1 min 30 s", expected);
        Assert.Contains("Fnavdl__FileDeadlineSeconds", expected);
        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(_store.Root, "reports", record.ReportPath!)));
        var error = Assert.Single(report.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(IssueCodes.DelaiDepasse, error.GetProperty("code").GetString());
        Assert.Equal(expected, error.GetProperty("message").GetString());
        Assert.Single(await _store.LogAsync("93"), r => r.Outcome == IngestionOutcome.Rejected);
    }

    [Fact]
    public async Task Within_its_deadline_the_same_file_is_accepted()
    {
        var upload = await _store.UploadAsync("93/2021/projets.csv", ManyRows);

        var record = await Ingestion(TimeSpan.FromMinutes(10), TimeProvider.System).IngestAsync(upload);

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Null(record.FailureMessage);
    }

    [Fact]
    public async Task The_callers_own_cancellation_still_propagates_for_the_trigger_to_retry()
    {
        var upload = await _store.UploadAsync("93/2021/projets.csv", ManyRows);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Ingestion(TimeSpan.FromMinutes(10), TimeProvider.System).IngestAsync(upload, stopping.Token));
    }

    [Theory]
    [InlineData(0.5, "0,5 s")]
    [InlineData(45, "45 s")]
    [InlineData(120, "2 min")]
    [InlineData(600, "10 min")]
    [InlineData(90, "1 min 30 s")]
    public void A_deadline_is_written_as_a_French_reader_writes_a_duration(double seconds, string text) =>
        Assert.Equal(text, ProcessingDeadline.Text(TimeSpan.FromSeconds(seconds)));
}
