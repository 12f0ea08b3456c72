using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Core.Tests.Indicators;

public sealed class IndicatorRefreshRequesterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fnavdl-refresh-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class CountingLedger : IRecomputeLedger
    {
        public Dictionary<int, long> Requested { get; } = [];

        public Task<long> MarkRequestedAsync(int annee, CancellationToken cancellationToken = default) =>
            Task.FromResult(Requested[annee] = Requested.GetValueOrDefault(annee) + 1);

        public Task<RecomputeState> GetAsync(int annee, CancellationToken cancellationToken = default) =>
            Task.FromResult(new RecomputeState(Requested.GetValueOrDefault(annee), 0));

        public Task MarkComputedAsync(int annee, long generation, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IAsyncDisposable> LockAsync(int annee, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class RecordingQueue : IRecomputeQueue
    {
        public List<(RecomputeRequest Request, TimeSpan Delay)> Sent { get; } = [];

        public Task EnqueueAsync(RecomputeRequest request, TimeSpan delay, CancellationToken cancellationToken = default)
        {
            Sent.Add((request, delay));
            return Task.CompletedTask;
        }
    }

    private static IngestionRecord Record(IngestionOutcome outcome, string sha, params string[] units) => new()
    {
        IngestionId = sha, CodeRegion = "93", SourcePath = $"93/{sha}.csv", Sha256 = sha, SizeBytes = 1, Outcome = outcome,
        UploadedAt = DateTimeOffset.UnixEpoch, ProcessedAt = DateTimeOffset.UnixEpoch, UnitsWritten = units,
    };

    [Fact]
    public async Task An_accepted_ingestion_requests_each_year_it_wrote_once_with_the_delay()
    {
        var ledger = new CountingLedger();
        var queue = new RecordingQueue();
        var requester = new IndicatorRefreshRequester(ledger, queue, new LocalPipelineStore(_root).Log, TimeSpan.FromSeconds(30));

        await requester.RequestAsync(Record(IngestionOutcome.Accepted, "a",
            "projets/annee=2022/code_region=93/appel=x", "projets/annee=2021/code_region=93/appel=x", "projets/annee=2021/code_region=93/appel=y"));
        await requester.RequestAsync(Record(IngestionOutcome.Accepted, "b", "suivi/annee=2021/code_region=93"));

        Assert.Equal(
            [(new RecomputeRequest(2021, 1), TimeSpan.FromSeconds(30)), (new RecomputeRequest(2022, 1), TimeSpan.FromSeconds(30)), (new RecomputeRequest(2021, 2), TimeSpan.FromSeconds(30))],
            queue.Sent);
    }

    [Theory]
    [InlineData(IngestionOutcome.Rejected)]
    [InlineData(IngestionOutcome.Superseded)]
    [InlineData(IngestionOutcome.Failed)]
    public async Task Outcomes_that_change_nothing_request_nothing(IngestionOutcome outcome)
    {
        var queue = new RecordingQueue();
        var requester = new IndicatorRefreshRequester(new CountingLedger(), queue, new LocalPipelineStore(_root).Log, TimeSpan.Zero);

        Assert.Empty(await requester.RequestAsync(Record(outcome, "a", "projets/annee=2021/code_region=93/appel=x")));
        Assert.Empty(queue.Sent);
    }

    [Fact]
    public async Task An_unchanged_file_requests_again_the_years_of_its_accepted_version()
    {
        var log = new LocalPipelineStore(_root).Log;
        await log.AppendAsync(Record(IngestionOutcome.Accepted, "a", "projets/annee=2023/code_region=93/appel=x"));
        await log.AppendAsync(Record(IngestionOutcome.Accepted, "other", "projets/annee=2020/code_region=93/appel=z"));
        var queue = new RecordingQueue();
        var requester = new IndicatorRefreshRequester(new CountingLedger(), queue, log, TimeSpan.Zero);

        var years = await requester.RequestAsync(Record(IngestionOutcome.Unchanged, "a"));

        Assert.Equal([2023], years);
        Assert.Equal(new RecomputeRequest(2023, 1), Assert.Single(queue.Sent).Request);
    }
}
