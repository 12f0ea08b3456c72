using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// What a failing or crashed store leaves: a disk that fills up or turns read-only mid-commit, two
/// deliveries of one file racing, and the temporary files of a killed run.
/// </summary>
public sealed class StoreFailureTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("fnavdl-failure-temp-").FullName;
    private readonly TempStore _store = new();

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    private UploadIngestionService Ingestion(IPipelineStore store) =>
        new(store, AdministrativeReference.Embedded, IngestionOptions.Default with { TempFolder = _temp }, TimeProvider.System);

    private List<string> ProjetsFiles() =>
        [.. _store.CuratedSnapshot().Keys.Where(k => k.StartsWith("projets", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private const int NoSpaceLeftOnDevice = 28;

    [Fact]
    public async Task A_disk_that_fills_up_mid_commit_leaves_the_previous_version_whole_and_nothing_of_the_new_one()
    {
        await Ingestion(_store.Store).IngestAsync(await _store.UploadAsync("93/v1.csv", UnitSwitch.OneV1, TempStore.T0));
        var before = ProjetsFiles();
        var full = new FailingStore(_store.Store, curatedWritesBeforeFailure: 2, () => new IOException("No space left on device", NoSpaceLeftOnDevice));

        var error = await Assert.ThrowsAsync<IOException>(async () =>
            await Ingestion(full).IngestAsync(await _store.UploadAsync("93/v2.csv", UnitSwitch.OneV2, TempStore.T0.AddMinutes(1))));

        Assert.Equal(NoSpaceLeftOnDevice, error.HResult);
        Assert.Equal(before, ProjetsFiles());
        Assert.Equal(UnitSwitch.One.AllV1, await UnitSwitch.One.EngineAsync(_store.Store));
        Assert.Equal(IngestionOutcome.Failed, (await _store.LogAsync("93"))[^1].Outcome);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public async Task A_read_only_store_writes_nothing_and_the_log_says_failed_once_it_can()
    {
        await Ingestion(_store.Store).IngestAsync(await _store.UploadAsync("93/v1.csv", UnitSwitch.OneV1, TempStore.T0));
        var before = _store.CuratedSnapshot();
        var readOnly = new FailingStore(_store.Store, curatedWritesBeforeFailure: 0, () => new UnauthorizedAccessException("Access to the path is denied."));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(async () =>
            await Ingestion(readOnly).IngestAsync(await _store.UploadAsync("93/v2.csv", UnitSwitch.OneV2, TempStore.T0.AddMinutes(1))));

        Assert.Equal(before, _store.CuratedSnapshot());
        Assert.Equal(UnitSwitch.One.AllV1, await UnitSwitch.One.EngineAsync(_store.Store));
        Assert.Equal([IngestionOutcome.Accepted, IngestionOutcome.Failed], (await _store.LogAsync("93")).Select(r => r.Outcome));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Deliveries_of_one_file_racing_are_one_accepted_and_the_others_unchanged(int deliveries)
    {
        var upload = await _store.UploadAsync("93/v1.csv", UnitSwitch.OneV1, TempStore.T0);

        var records = await Task.WhenAll(Enumerable.Range(0, deliveries).Select(_ => Task.Run(() => Ingestion(_store.Store).IngestAsync(upload))));

        Assert.Single(records, r => r.Outcome == IngestionOutcome.Accepted);
        Assert.Equal(deliveries - 1, records.Count(r => r.Outcome == IngestionOutcome.Unchanged));
        var log = await _store.LogAsync("93");
        Assert.Single(log, r => r.Outcome == IngestionOutcome.Accepted);
        Assert.Equal(deliveries - 1, log.Count(r => r.Outcome == IngestionOutcome.Unchanged));
        Assert.Equal(UnitSwitch.One.AllV1, await UnitSwitch.One.EngineAsync(_store.Store));
    }

    [Fact]
    public async Task The_temporary_files_of_a_killed_run_are_removed_by_the_next_ingestion_and_a_live_one_is_left_alone()
    {
        // A run killed mid-ingestion: its work folder (spooled upload, staged units) and a half-written curated file.
        var dead = Path.Combine(_temp, "dead-run");
        Directory.CreateDirectory(Path.Combine(dead, "staging"));
        File.WriteAllText(dead + ".lock", "");
        File.WriteAllBytes(Path.Combine(dead, "upload"), new byte[1 << 20]);
        var partial = Path.Combine(_store.Store.Curated.Root, "projets", "annee=2021", "code_region=93", ".appel-x.parquet.0123.partial");
        Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
        File.WriteAllBytes(partial, new byte[1 << 16]);
        // A live ingestion in another process: its folder is locked.
        var live = Path.Combine(_temp, "live-run");
        await using var held = new FileStream(live + ".lock", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        Directory.CreateDirectory(live);

        var record = await Ingestion(new LocalPipelineStore(_store.Root)).IngestAsync(await _store.UploadAsync("93/v1.csv", UnitSwitch.OneV1, TempStore.T0));

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.False(Directory.Exists(dead));
        Assert.False(File.Exists(dead + ".lock"));
        Assert.False(File.Exists(partial));
        Assert.Equal([live, live + ".lock"], Directory.EnumerateFileSystemEntries(_temp).Order(StringComparer.Ordinal));
    }

    /// <summary>A store whose curated area (and what it shares a disk with: reports, log) fails after some writes.</summary>
    private sealed class FailingStore(IPipelineStore inner, int curatedWritesBeforeFailure, Func<Exception> failure) : IPipelineStore
    {
        private int _writes;
        private bool Failing => _writes >= curatedWritesBeforeFailure;
        private Exception Failure() => failure();

        public IFileArea Uploads => inner.Uploads;
        public IFileArea Raw => inner.Raw;
        public IFileArea Curated => new Area(this, inner.Curated, counts: true);
        public IFileArea Reports => new Area(this, inner.Reports, counts: false);
        public IFileArea Gold => inner.Gold;
        public IFileArea Syntheses => inner.Syntheses;
        public IIngestionLog Log => inner.Log;
        public IUnitRegistry Units => inner.Units;
        public string Describe(string area, string path) => inner.Describe(area, path);

        private sealed class Area(FailingStore store, IFileArea inner, bool counts) : IFileArea
        {
            public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default) => inner.OpenReadAsync(path, cancellationToken);

            public Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default)
            {
                if (store.Failing) throw store.Failure();
                if (counts) store._writes++;
                return inner.WriteAsync(path, content, cancellationToken);
            }

            public Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default) =>
                store.Failing ? throw store.Failure() : inner.WriteIfAbsentAsync(path, content, cancellationToken);

            public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => inner.DeleteAsync(path, cancellationToken);

            public IAsyncEnumerable<StoredFile> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
        }
    }
}
