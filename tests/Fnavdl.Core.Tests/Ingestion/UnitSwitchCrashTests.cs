using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// A deposit is switched whole or not at all: killed at any step of replacing v1 by v2 — a file of one, two or
/// three units over two years — every reader (the indicator engine, `fnavdl query`, queries/views.sql, the
/// plain DuckDB query of queries/README.md over the folder as it is, the SCDL export, the yearly summary) sees
/// every unit at v1 or every unit at v2; re-delivering the older version then changes nothing, re-delivering
/// the newer one ends in v2 with no leftover, and the log says so.
/// </summary>
public sealed class UnitSwitchCrashTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("fnavdl-switch-temp-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private UploadIngestionService Ingestion(IPipelineStore store) =>
        new(store, AdministrativeReference.Embedded, IngestionOptions.Default with { TempFolder = _temp }, TimeProvider.System);

    private static readonly DateTimeOffset Older = TempStore.T0, Newer = TempStore.T0.AddMinutes(1);

    /// <summary>A store holding v1 (and the other tables), with v2 uploaded but not yet ingested.</summary>
    private async Task<(UploadRef V1, UploadRef V2)> WithV1Async(TempStore store, UnitSwitch deposit)
    {
        foreach (var (path, content) in UnitSwitch.OtherTables)
            await Ingestion(store.Store).IngestAsync(await store.UploadAsync(path, content, Older.AddDays(-1)));
        var v1 = await store.UploadAsync("93/v1.csv", deposit.V1, Older);
        var v2 = await store.UploadAsync("93/v2.csv", deposit.V2, Newer);
        Assert.Equal(IngestionOutcome.Accepted, (await Ingestion(store.Store).IngestAsync(v1)).Outcome);
        return (v1, v2);
    }

    /// <summary>The curated files of the projets tables (the other tables' units are not part of the switch).</summary>
    private static List<string> ProjetsFiles(TempStore store) =>
        [.. store.CuratedSnapshot().Keys.Where(k => k.StartsWith("projets", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>What every reader sees; they must agree. The SQL readers read the curated folder as it is, orphans included.</summary>
    private static async Task<string> SeenByEveryReaderAsync(TempStore store, UnitSwitch deposit)
    {
        var engine = await deposit.EngineAsync(store.Store);
        Assert.Equal(engine, await deposit.QueryCommandAsync(store.Root));
        Assert.Equal(engine, deposit.ViewsSql(store.Store.Curated.Root));
        Assert.Equal(engine, deposit.ReadmeQuery(store.Store.Curated.Root));
        Assert.Equal(engine, await deposit.ScdlExportAsync(store.Store));
        Assert.Equal(engine, await deposit.YearlySummaryAsync(store.Store));
        return engine;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Killed_at_every_step_of_a_switch_readers_see_one_whole_deposit_and_redeliveries_converge_on_the_newer(int units)
    {
        var deposit = UnitSwitch.OfUnits(units);
        int steps;
        using (var dryRun = new TempStore())
        {
            var (_, v2) = await WithV1Async(dryRun, deposit);
            var counting = new CrashingStore(dryRun.Store);
            await Ingestion(counting).IngestAsync(v2);
            steps = counting.Steps;
        }
        // Per unit 6 files written (five tables and its depots file) and v1's 6 deleted, one manifest replacement, the report (2 files), the log.
        Assert.Equal(units * 12 + 4, steps);

        var seen = new List<string>();
        for (var step = 1; step <= steps; step++)
        {
            using var store = new TempStore();
            var (v1, v2) = await WithV1Async(store, deposit);

            var afterCrash = await deposit.CrashThenRedeliverAsync(step, store.Store, Ingestion, v1, v2,
                () => SeenByEveryReaderAsync(store, deposit), () => Task.FromResult(ProjetsFiles(store)));

            Assert.DoesNotContain(Directory.EnumerateFiles(store.Store.Curated.Root, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).StartsWith('.'));
            Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
            seen.Add(afterCrash);
        }
        // The switch is one step, the manifest's replacement: before it readers keep v1, after it they have v2.
        var switchStep = units * 6 + 1;
        Assert.Equal(Enumerable.Repeat(deposit.AllV1, switchStep).Concat(Enumerable.Repeat(deposit.AllV2, steps - switchStep)), seen);
    }

    [Fact]
    public async Task An_older_version_redelivered_after_a_crash_that_left_the_newer_half_written_is_unchanged_and_changes_nothing()
    {
        var deposit = UnitSwitch.OfUnits(2);
        using var store = new TempStore();
        var (v1, v2) = await WithV1Async(store, deposit);
        var before = ProjetsFiles(store);

        // Killed after v2's first unit's files (six) and its second unit's projets file, before the manifest: the case of the issue.
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Ingestion(new CrashingStore(store.Store, 8)).IngestAsync(v2));
        var again = await Ingestion(store.Store).IngestAsync(v1);

        Assert.Equal(IngestionOutcome.Unchanged, again.Outcome);
        Assert.Equal(deposit.AllV1, await SeenByEveryReaderAsync(store, deposit));
        Assert.Equal(before.Count + 6, ProjetsFiles(store).Count); // v2's orphans, invisible to every reader that follows the manifest
    }
}
