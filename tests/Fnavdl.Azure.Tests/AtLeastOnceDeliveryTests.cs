using System.Globalization;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// Blob triggers deliver at least once: duplicates, concurrency, out-of-order versions, crashes and
/// unexpected failures must all end in the state one clean delivery gives.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AtLeastOnceDeliveryTests(AzuriteFixture azurite)
{
    private static long ProjetCount(string curated, string where = "true") =>
        Convert.ToInt64(DuckDb.Run($"select count(*) from {DuckDb.Table(curated, "projets")} where {where}")[0][0], CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Repeated_deliveries_leave_the_state_of_one(int deliveries)
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var blob = await pipeline.UploadAsync("93/2021/projets.csv", ProjetsFiles.Valid("93", "AAP 2021", 4));

        var first = await pipeline.DeliverAsync(blob);
        var afterOne = await pipeline.CuratedSnapshotAsync();
        for (var i = 1; i < deliveries; i++) await pipeline.DeliverAsync(blob);

        Assert.Equal(IngestionOutcome.Accepted, first.Outcome);
        Assert.Equal(afterOne, await pipeline.CuratedSnapshotAsync());
        var log = await pipeline.LogAsync("93");
        Assert.Single(log, r => r.Outcome == IngestionOutcome.Accepted);
        Assert.Equal(deliveries - 1, log.Count(r => r.Outcome == IngestionOutcome.Unchanged));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_blob_write_its_rows_once_and_log_one_accepted_version_and_the_others_unchanged()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var blob = await pipeline.UploadAsync("93/2021/projets.csv", ProjetsFiles.Valid("93", "AAP 2021", 6));

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => pipeline.Function().Run(blob, new TestFunctionContext()))));
        var afterBurst = await pipeline.CuratedSnapshotAsync();
        var again = await pipeline.DeliverAsync(blob);

        Assert.Equal(IngestionOutcome.Unchanged, again.Outcome);
        Assert.Equal(afterBurst, await pipeline.CuratedSnapshotAsync());
        Assert.Equal(6, ProjetCount(await pipeline.DownloadCuratedAsync()));
        var log = await pipeline.LogAsync("93");
        Assert.Single(log, r => r.Outcome == IngestionOutcome.Accepted);
        Assert.Equal(5, log.Count(r => r.Outcome == IngestionOutcome.Unchanged)); // four of the burst, and the last delivery
        Assert.DoesNotContain(log, r => r.Outcome is IngestionOutcome.Failed or IngestionOutcome.Rejected);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_newer_upload_wins_whatever_the_processing_order(bool concurrently)
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var older = await pipeline.UploadAsync("93/v1.csv", ProjetsFiles.Valid("93", "AAP 2021", 3, montant: 1_000m));
        // Blob timestamps have one-second resolution (without versioning): a tie within a second
        // is broken by content hash, deterministically but not by time, so keep them a second apart.
        await Task.Delay(1100);
        var newer = await pipeline.UploadAsync("93/v2.csv", ProjetsFiles.Valid("93", "AAP 2021", 3, montant: 2_000m));

        if (concurrently)
        {
            await Task.WhenAll(Task.Run(() => pipeline.Function().Run(older, new TestFunctionContext())),
                Task.Run(() => pipeline.Function().Run(newer, new TestFunctionContext())));
        }
        else
        {
            // The newer one first: the older, finishing later, must not overwrite it.
            Assert.Equal(IngestionOutcome.Accepted, (await pipeline.DeliverAsync(newer)).Outcome);
            Assert.Equal(IngestionOutcome.Superseded, (await pipeline.DeliverAsync(older)).Outcome);
        }

        var curated = await pipeline.DownloadCuratedAsync();
        Assert.Equal(3, ProjetCount(curated));
        // The deposit's path is in its units' depots files, the rows name the deposit by id_ingestion.
        Assert.Equal(3, ProjetCount(curated,
            $"id_ingestion in (select id_ingestion from {DuckDb.Table(curated, "depots")} where source_chemin = '93/v2.csv') and montant_accorde > 2000"));
    }

    [Fact]
    public async Task A_crash_between_the_parquet_write_and_the_log_commit_converges_on_retry()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var blob = await pipeline.UploadAsync("93/2021/projets.csv", ProjetsFiles.Valid("93", "AAP 2021", 5));
        var crashing = pipeline.Function(new FaultyStore(pipeline.Store, failLogOfAcceptedOnce: true));

        await Assert.ThrowsAsync<IOException>(() => crashing.Run(blob, new TestFunctionContext()));
        var afterCrash = await pipeline.CuratedSnapshotAsync();
        await crashing.Run(blob, new TestFunctionContext()); // the platform's retry
        var afterRetry = await pipeline.CuratedSnapshotAsync();
        var again = await pipeline.DeliverAsync(blob);

        Assert.Equal(afterCrash, afterRetry); // the retry rewrote the same bytes
        Assert.Equal(IngestionOutcome.Unchanged, again.Outcome);
        Assert.Equal(5, ProjetCount(await pipeline.DownloadCuratedAsync()));
        var outcomes = (await pipeline.LogAsync("93")).Select(r => r.Outcome).ToList();
        Assert.Equal([IngestionOutcome.Failed, IngestionOutcome.Accepted, IngestionOutcome.Unchanged], outcomes);
    }

    [Fact]
    public async Task An_unexpected_exception_is_logged_as_failed_and_rethrown_for_the_platform_retries()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var blob = await pipeline.UploadAsync("93/2021/projets.csv", ProjetsFiles.Valid("93", "AAP 2021", 2));
        var broken = pipeline.Function(new FaultyStore(pipeline.Store, failCuratedWrites: true));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => broken.Run(blob, new TestFunctionContext()));

        Assert.Contains("curated area unavailable", error.Message);
        var failed = Assert.Single(await pipeline.LogAsync("93"));
        Assert.Equal(IngestionOutcome.Failed, failed.Outcome);
        Assert.Contains("curated area unavailable", failed.FailureMessage);
        Assert.Empty(await pipeline.CuratedSnapshotAsync());
    }

    [Fact]
    public void Repeated_failures_end_in_the_poison_queue_after_the_configured_attempts()
    {
        // The blobs extension retries a failing blob this many times, then moves it to
        // webjobs-blobtrigger-poison: the host's configuration, checked where the app ships it.
        var hostJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")));

        Assert.Equal(3, hostJson.RootElement.GetProperty("extensions").GetProperty("blobs").GetProperty("poisonBlobThreshold").GetInt32());
    }

    /// <summary>A store with one failure injected: a crash before the log commit, or a broken curated area.</summary>
    private sealed class FaultyStore(IPipelineStore inner, bool failLogOfAcceptedOnce = false, bool failCuratedWrites = false) : IPipelineStore
    {
        private readonly FaultyLog _log = new(inner.Log, failLogOfAcceptedOnce);
        private readonly FaultyArea _curated = new(inner.Curated, failCuratedWrites);
        public IFileArea Uploads => inner.Uploads;
        public IFileArea Raw => inner.Raw;
        public IFileArea Curated => _curated;
        public IFileArea Reports => inner.Reports;
        public IFileArea Gold => inner.Gold;
        public IFileArea Syntheses => inner.Syntheses;
        public IIngestionLog Log => _log;
        public IUnitRegistry Units => inner.Units;
        public string Describe(string area, string path) => inner.Describe(area, path);

        private sealed class FaultyLog(IIngestionLog inner, bool failOnce) : IIngestionLog
        {
            private bool _failed;

            public Task<bool> AppendAsync(IngestionRecord record, CancellationToken cancellationToken = default)
            {
                if (failOnce && !_failed && record.Outcome == IngestionOutcome.Accepted)
                {
                    _failed = true;
                    throw new IOException("simulated host crash before the log commit");
                }
                return inner.AppendAsync(record, cancellationToken);
            }

            public IAsyncEnumerable<IngestionRecord> ListAsync(string? codeRegion = null, CancellationToken cancellationToken = default) =>
                inner.ListAsync(codeRegion, cancellationToken);
        }

        private sealed class FaultyArea(IFileArea inner, bool failWrites) : IFileArea
        {
            public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default) => inner.OpenReadAsync(path, cancellationToken);
            public Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default) =>
                failWrites ? throw new InvalidOperationException("curated area unavailable") : inner.WriteAsync(path, content, cancellationToken);
            public Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default) => inner.WriteIfAbsentAsync(path, content, cancellationToken);
            public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => inner.DeleteAsync(path, cancellationToken);
            public IAsyncEnumerable<StoredFile> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
        }
    }
}
