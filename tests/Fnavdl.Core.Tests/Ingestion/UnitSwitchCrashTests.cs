using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// A unit is switched whole or not at all: killed at any step of replacing v1 by v2, every reader
/// (the indicator engine, `fnavdl query`, queries/views.sql) sees v1 whole or v2 whole; re-delivering
/// the older version then changes nothing, re-delivering the newer one ends in v2 with no leftover.
/// </summary>
public sealed class UnitSwitchCrashTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("fnavdl-switch-temp-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private UploadIngestionService Ingestion(IPipelineStore store) =>
        new(store, AdministrativeReference.Embedded, IngestionOptions.Default with { TempFolder = _temp }, TimeProvider.System);

    private static readonly DateTimeOffset Older = TempStore.T0, Newer = TempStore.T0.AddMinutes(1);

    /// <summary>A store holding v1 (and the other tables), with v2 uploaded but not yet ingested.</summary>
    private async Task<(UploadRef V1, UploadRef V2)> WithV1Async(TempStore store)
    {
        foreach (var (path, content) in UnitSwitch.OtherTables)
            await Ingestion(store.Store).IngestAsync(await store.UploadAsync(path, content, Older.AddDays(-1)));
        var v1 = await store.UploadAsync("93/v1.csv", UnitSwitch.V1, Older);
        var v2 = await store.UploadAsync("93/v2.csv", UnitSwitch.V2, Newer);
        await Ingestion(store.Store).IngestAsync(v1);
        return (v1, v2);
    }

    /// <summary>The curated files of the projets unit (the other tables' units are not part of the switch).</summary>
    private static List<string> ProjetsFiles(TempStore store) =>
        [.. store.CuratedSnapshot().Keys.Where(k => k.StartsWith("projets", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static async Task<ReaderState> SeenByEveryReaderAsync(TempStore store)
    {
        var engine = await UnitSwitch.EngineAsync(store.Store);
        Assert.Equal(engine, await UnitSwitch.QueryCommandAsync(store.Root));
        Assert.Equal(engine, UnitSwitch.ViewsSql(store.Store.Curated.Root));
        return engine;
    }

    [Fact]
    public async Task Killed_at_every_step_of_a_switch_readers_see_one_whole_version_and_redeliveries_converge_on_the_newer()
    {
        int steps;
        using (var dryRun = new TempStore())
        {
            var (_, v2) = await WithV1Async(dryRun);
            var counting = new CrashingStore(dryRun.Store);
            await Ingestion(counting).IngestAsync(v2);
            steps = counting.Steps;
        }
        // 5 files written, the record switched, v1's 5 files deleted, the report (2 files), the log.
        Assert.True(steps >= 14, $"{steps} steps");

        var seen = new List<ReaderState>();
        for (var step = 1; step <= steps; step++)
        {
            using var store = new TempStore();
            var (v1, v2) = await WithV1Async(store);

            var afterCrash = await UnitSwitch.CrashThenRedeliverAsync(step, store.Store, Ingestion, v1, v2,
                () => SeenByEveryReaderAsync(store), () => Task.FromResult(ProjetsFiles(store)));

            Assert.DoesNotContain(Directory.EnumerateFiles(store.Store.Curated.Root, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).StartsWith('.'));
            Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
            seen.Add(afterCrash);
        }
        // The switch is one step: before it readers keep v1, after it they have v2.
        Assert.Contains(UnitSwitch.StateV1, seen);
        Assert.Contains(UnitSwitch.StateV2, seen);
    }

    [Fact]
    public async Task An_older_version_redelivered_after_a_crash_that_left_the_newer_half_written_is_unchanged_and_changes_nothing()
    {
        using var store = new TempStore();
        var (v1, v2) = await WithV1Async(store);
        var before = ProjetsFiles(store);

        // Killed after v2's projets file, before its bridges: the case of the issue.
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Ingestion(new CrashingStore(store.Store, 2)).IngestAsync(v2));
        var again = await Ingestion(store.Store).IngestAsync(v1);

        Assert.Equal(IngestionOutcome.Unchanged, again.Outcome);
        Assert.Equal(UnitSwitch.StateV1, await SeenByEveryReaderAsync(store));
        Assert.Equal(before.Count + 1, ProjetsFiles(store).Count); // v2's orphan projets file, invisible to readers
    }
}
