using Azure.Storage.Blobs.Specialized;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// On Azurite as on a folder: a deposit is switched whole or not at all for every reader — the indicator
/// engine, the SCDL export and the yearly summary over the containers; `fnavdl pull`'s copy read by
/// `fnavdl query`, queries/views.sql and the README's plain DuckDB query; and those two SQL readers over the
/// container downloaded as it is, orphans included, as Synapse or Power BI list it — and a lock left by a
/// dead holder is waited for visibly.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnitSwitchOnAzuriteTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset Older = new(2022, 3, 1, 9, 0, 0, TimeSpan.Zero), Newer = Older.AddMinutes(1);

    private readonly string _temp = Directory.CreateTempSubdirectory("fnavdl-switch-azure-temp-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private UploadIngestionService Ingestion(IPipelineStore store) =>
        new(store, AdministrativeReference.Embedded, IngestionOptions.Default with { TempFolder = _temp }, TimeProvider.System);

    private static async Task<string> SeenByEveryReaderAsync(PipelineOnAzurite pipeline, UnitSwitch deposit)
    {
        var engine = await deposit.EngineAsync(pipeline.Store);
        Assert.Equal(engine, await deposit.ScdlExportAsync(pipeline.Store));
        Assert.Equal(engine, await deposit.YearlySummaryAsync(pipeline.Store));
        var cache = new LocalPipelineStore(Directory.CreateTempSubdirectory("fnavdl-switch-pull-").FullName);
        await CuratedMirror.SyncAsync(pipeline.Store.Curated, pipeline.Store.Units, cache);
        Assert.Equal(engine, await deposit.QueryCommandAsync(cache.Root));
        Assert.Equal(engine, deposit.ViewsSql(cache.Curated.Root));
        Directory.Delete(cache.Root, recursive: true);
        // What an engine outside our code lists: every blob of the container.
        var container = await pipeline.DownloadCuratedAsync();
        Assert.Equal(engine, deposit.ViewsSql(container));
        Assert.Equal(engine, deposit.ReadmeQuery(container));
        Directory.Delete(container, recursive: true);
        return engine;
    }

    private async Task<(PipelineOnAzurite Pipeline, UploadRef V1, UploadRef V2)> WithV1Async(UnitSwitch deposit)
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        foreach (var (path, content) in UnitSwitch.OtherTables)
        {
            await pipeline.UploadAsync(path, content);
            await Ingestion(pipeline.Store).IngestAsync(new UploadRef(path, Older.AddDays(-1)));
        }
        await pipeline.UploadAsync("93/v1.csv", deposit.V1);
        await pipeline.UploadAsync("93/v2.csv", deposit.V2);
        var v1 = new UploadRef("93/v1.csv", Older);
        Assert.Equal(IngestionOutcome.Accepted, (await Ingestion(pipeline.Store).IngestAsync(v1)).Outcome);
        return (pipeline, v1, new UploadRef("93/v2.csv", Newer));
    }

    private static async Task<List<string>> ProjetsBlobsAsync(PipelineOnAzurite pipeline) =>
        [.. (await pipeline.CuratedSnapshotAsync()).Keys.Where(k => k.StartsWith("projets", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Killed_at_every_step_of_a_switch_readers_see_one_whole_deposit_and_redeliveries_converge_on_the_newer(int units)
    {
        var deposit = UnitSwitch.OfUnits(units);
        var (dryRun, _, v2Dry) = await WithV1Async(deposit);
        var counting = new CrashingStore(dryRun.Store);
        await Ingestion(counting).IngestAsync(v2Dry);
        Assert.Equal(units * 12 + 4, counting.Steps); // per unit 6 files written (five tables and its depots file) and 6 deleted

        var seen = new List<string>();
        for (var step = 1; step <= counting.Steps; step++)
        {
            var (pipeline, v1, v2) = await WithV1Async(deposit);

            var afterCrash = await deposit.CrashThenRedeliverAsync(step, pipeline.Store, Ingestion, v1, v2,
                () => SeenByEveryReaderAsync(pipeline, deposit), () => ProjetsBlobsAsync(pipeline));
            Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
            seen.Add(afterCrash);
        }
        var switchStep = units * 6 + 1;
        Assert.Equal(Enumerable.Repeat(deposit.AllV1, switchStep).Concat(Enumerable.Repeat(deposit.AllV2, counting.Steps - switchStep)), seen);
    }

    [Fact]
    public async Task A_lock_left_by_a_dead_holder_is_waited_for_with_a_log_line_then_the_commit_goes_through()
    {
        var logger = new RecordingLogger();
        var names = StorageNames.Default.WithPrefix(AzuriteFixture.UniqueName("p"));
        var store = new AzurePipelineStore(azurite.BlobService, azurite.TableService, names, logger: logger);
        await store.EnsureCreatedAsync();
        await store.Uploads.Container.GetBlobClient("93/v1.csv").UploadAsync(new BinaryData(UnitSwitch.OneV1));
        // A holder killed mid-commit: its lease on the region's lock is never renewed nor released, it only expires.
        var lockBlob = store.Curated.Container.GetParentBlobServiceClient().GetBlobContainerClient(names.Locks)
            .GetBlobClient(BlobUnitRegistry.LockBlobName("93"));
        await lockBlob.UploadAsync(BinaryData.Empty);
        await lockBlob.GetBlobLeaseClient().AcquireAsync(TimeSpan.FromSeconds(15));

        var record = await Ingestion(store).IngestAsync(new UploadRef("93/v1.csv", Older));

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        var waiting = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.StartsWith("Verrou {LockName} tenu par une autre intégration", waiting.Template);
        Assert.Equal(UnitManifest.PathOf("93"), waiting.Properties["LockName"]);
        Assert.Contains(logger.Entries, e => e.Template.StartsWith("Verrou {LockName} obtenu après {WaitedMs} ms", StringComparison.Ordinal));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Template, IReadOnlyDictionary<string, object?> Properties)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var all = properties.ToDictionary(p => p.Key, p => p.Value);
            lock (Entries) Entries.Add((logLevel, all.GetValueOrDefault("{OriginalFormat}") as string ?? "", all));
        }
    }
}
