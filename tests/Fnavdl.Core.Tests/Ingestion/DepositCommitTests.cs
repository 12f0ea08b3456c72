using Fnavdl.Core.Indicators;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// The commit of a deposit through its region's manifest: one write whatever the number of units, per-unit
/// newer-wins, concurrent deposits of one region, a repaired unit, and a region that cannot touch another's.
/// </summary>
public sealed class DepositCommitTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private static UploadIngestionService Ingestion(IPipelineStore store) =>
        new(store, AdministrativeReference.Embedded, IngestionOptions.Default, TimeProvider.System);

    private static string Calls(int count, string prefix, string montant) =>
        Csv.Projets([.. Enumerable.Range(1, count).Select(i => Csv.Projet($"{prefix}{i}", $"AAP lot {i:D3}", montant))]);

    [Fact]
    public async Task A_deposit_of_more_units_than_a_table_batch_holds_switches_in_one_write_or_not_at_all()
    {
        // 101 units: past the 100 entities of a Table Storage entity-group transaction; a manifest has no such limit.
        const int units = 101;
        var first = new CrashingStore(_store.Store);
        await Ingestion(first).IngestAsync(await _store.UploadAsync("93/v1.csv", Calls(units, "A", "1 000,00 €"), TempStore.T0));
        Assert.Equal(1, first.ManifestReplacements);
        var v2 = await _store.UploadAsync("93/v2.csv", Calls(units, "B", "2 000,00 €"), TempStore.T0.AddMinutes(1));

        // Killed at the manifest's replacement (after the 606 files: five tables and a depots file per unit) then just after it (at the first deletion).
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Ingestion(new CrashingStore(_store.Store, units * 6 + 1)).IngestAsync(v2));
        Assert.Equal(units * 1000.0, await NationalAmountAsync());
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Ingestion(new CrashingStore(_store.Store, units * 6 + 2)).IngestAsync(v2));
        Assert.Equal(units * 2000.0, await NationalAmountAsync());

        var counting = new CrashingStore(_store.Store);
        var record = await Ingestion(counting).IngestAsync(v2);

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Equal(units, record.UnitsWritten.Count);
        Assert.Equal(0, counting.ManifestReplacements); // already switched by the killed run: only its leftovers were deleted
        Assert.Equal(units * 5, _store.CuratedSnapshot().Keys.Count(k => k.StartsWith("projets", StringComparison.Ordinal)));
        Assert.Equal(units, (await UnitManifest.ReadAsync(_store.Store.Units, "93")).Units.Count(u => u.IngestionId == record.IngestionId));
    }

    [Fact]
    public async Task Every_unit_of_a_deposit_is_switched_by_one_manifest_replacement()
    {
        await Ingestion(_store.Store).IngestAsync(await _store.UploadAsync("93/v1.csv", Calls(3, "A", "1 000,00 €"), TempStore.T0));
        var counting = new CrashingStore(_store.Store);

        var record = await Ingestion(counting).IngestAsync(await _store.UploadAsync("93/v2.csv", Calls(3, "B", "2 000,00 €"), TempStore.T0.AddMinutes(1)));

        Assert.Equal((IngestionOutcome.Accepted, 3, 1), (record.Outcome, record.UnitsWritten.Count, counting.ManifestReplacements));
    }

    [Fact]
    public async Task A_later_file_with_only_one_of_a_deposit_s_units_replaces_only_that_one()
    {
        var first = await Ingestion(_store.Store).IngestAsync(await _store.UploadAsync("93/v1.csv", Calls(3, "A", "1 000,00 €"), TempStore.T0));
        var second = await Ingestion(_store.Store).IngestAsync(await _store.UploadAsync("93/lot-2.csv",
            Csv.Projets(Csv.Projet("B2", "AAP lot 002", "5 000,00 €")), TempStore.T0.AddMinutes(1)));
        // An older file with the three calls, processed last: it changes nothing.
        var late = await Ingestion(_store.Store).IngestAsync(await _store.UploadAsync("93/v0.csv", Calls(3, "Z", "9,00 €"), TempStore.T0.AddMinutes(-1)));

        var manifest = await UnitManifest.ReadAsync(_store.Store.Units, "93");
        Assert.Equal(["93/v1.csv", "93/lot-2.csv", "93/v1.csv"], manifest.Units.Select(u => u.SourcePath));
        Assert.Equal([second.UnitsWritten.Single()], manifest.Units.Where(u => u.IngestionId == second.IngestionId).Select(u => u.UnitKey));
        Assert.Equal(2, manifest.Units.Count(u => u.IngestionId == first.IngestionId));
        Assert.Equal((IngestionOutcome.Superseded, 3), (late.Outcome, late.UnitsSuperseded.Count));
        Assert.Equal(7000.0, await NationalAmountAsync());
    }

    [Fact]
    public async Task Eight_deposits_of_one_region_at_once_end_with_the_newest_upload_of_each_unit()
    {
        foreach (var deposit in ConcurrentDeposits.Deposits)
            await _store.UploadAsync(deposit.Path, deposit.Content, deposit.UploadedAt);

        await ConcurrentDeposits.RunAsync(_store.Store, () => Ingestion(_store.Store));
    }

    [Fact]
    public async Task A_file_missing_from_the_current_version_is_written_again_by_its_redelivery()
    {
        var upload = await _store.UploadAsync("93/v1.csv", Calls(2, "A", "1 000,00 €"), TempStore.T0);
        var record = await Ingestion(_store.Store).IngestAsync(upload);
        var lost = Path.Combine(_store.Store.Curated.Root, CuratedLayout.FilesOfUnit(record.UnitsWritten[0], record.IngestionId)[1]);
        var before = _store.CuratedSnapshot();
        File.Delete(lost);

        var again = await Ingestion(_store.Store).IngestAsync(upload);

        Assert.NotEqual(IngestionOutcome.Failed, again.Outcome);
        Assert.Equal(before, _store.CuratedSnapshot());
    }

    [Fact]
    public async Task A_deposit_never_commits_a_unit_of_another_region_and_leaves_both_regions_untouched()
    {
        var staged = new StagedUnit(CuratedLayout.ProjetsUnitKey("44", 2021, "AAP 1"), []);
        var mine = new UnitVersion("", "93/x.csv", new string('a', 64), TempStore.T0, "0123456789abcdef");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DepositCommit(_store.Store).CommitAsync("93", [staged], mine, CancellationToken.None));

        Assert.Contains("not of region 93", error.Message);
        Assert.Empty(await _store.Store.Units.ListRegionsAsync().ToListAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => new DepositCommit(_store.Store).CommitAsync("../44", [], mine, CancellationToken.None));
    }

    private async Task<double> NationalAmountAsync() =>
        (await TestServices.Indicators().ComputeAsync(_store.Store, 2021))
        .Single(r => r.Perimetre == Perimetres.National && r.Indicateur == Indicateurs.MontantAccordeTotal).Valeur;
}
