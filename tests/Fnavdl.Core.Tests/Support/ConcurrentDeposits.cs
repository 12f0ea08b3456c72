using System.Text;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// Eight files of region 93 over four calls, each covering two or three of them, uploaded a second apart and
/// ingested all at once (8-way, in an order unrelated to their upload times, one of them delivered twice): every
/// unit must end with the newest upload that contains it, each file's log entry saying which units it won and
/// lost, and no file of any other version left.
/// </summary>
public static class ConcurrentDeposits
{
    private const string Region = "93";
    private static readonly DateTimeOffset T0 = new(2022, 5, 1, 8, 0, 0, TimeSpan.Zero);

    public sealed record Deposit(int Index, string Path, IReadOnlyList<string> Calls, DateTimeOffset UploadedAt, byte[] Content)
    {
        /// <summary>Every project of this file carries its index in its amount (index + 1 hundred euros).</summary>
        public decimal Montant => (Index + 1) * 100m;
    }

    public static IReadOnlyList<Deposit> Deposits { get; } = [.. Enumerable.Range(0, 8).Select(i =>
    {
        string[] calls = i % 2 == 0 ? [Call(i), Call(i + 1), Call(i + 2)] : [Call(i), Call(i + 1)];
        var rows = calls.SelectMany(c => Enumerable.Range(1, 2).Select(p => Csv.Projet($"{i}-{p}", c, $"{(i + 1) * 100},00 €")));
        return new Deposit(i, $"{Region}/lot-{i}.csv", calls, T0.AddSeconds(i), Encoding.UTF8.GetBytes(Csv.Projets([.. rows])));
    })];

    private static string Call(int i) => $"AAP concurrent {i % 4}";

    /// <summary>The deliveries, processed 8 at a time: newest first, so most commits find a unit a newer file already owns.</summary>
    public static IReadOnlyList<Deposit> Deliveries { get; } = [.. Deposits.OrderByDescending(d => d.UploadedAt), Deposits[3]];

    public static string UnitOf(string call) => CuratedLayout.ProjetsUnitKey(Region, 2021, call);

    /// <summary>Per unit, the newest deposit containing it.</summary>
    public static IReadOnlyDictionary<string, Deposit> ExpectedOwners { get; } = Deposits
        .SelectMany(d => d.Calls.Select(c => (Unit: UnitOf(c), Deposit: d)))
        .GroupBy(p => p.Unit)
        .ToDictionary(g => g.Key, g => g.MaxBy(p => p.Deposit.UploadedAt).Deposit, StringComparer.Ordinal);

    /// <summary>Runs the deliveries 8-way and checks the end state: manifest, files, log.</summary>
    public static async Task RunAsync(IPipelineStore store, Func<IUploadIngestion> ingestion)
    {
        await Parallel.ForEachAsync(Deliveries, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (d, ct) => await ingestion().IngestAsync(new UploadRef(d.Path, d.UploadedAt), ct));

        var manifest = await UnitManifest.ReadAsync(store.Units, Region);
        Assert.Equal(ExpectedOwners.Keys.Order(StringComparer.Ordinal), manifest.Units.Select(u => u.UnitKey));
        foreach (var unit in manifest.Units)
            Assert.Equal(ExpectedOwners[unit.UnitKey].Path, unit.SourcePath);

        var files = new List<string>();
        await foreach (var file in store.Curated.ListAsync(CuratedLayout.Projets)) files.Add(file.Path);
        Assert.Equal(manifest.Units.SelectMany(u => CuratedLayout.FilesOfUnit(u.UnitKey, u.IngestionId))
                .Where(f => f.StartsWith(CuratedLayout.Projets, StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            files.Order(StringComparer.Ordinal));

        // What readers compute: each call's two projects, from its owner (whose index is in the amounts).
        var indicators = await TestServices.Indicators().ComputeAsync(store, 2021);
        foreach (var call in Deposits.SelectMany(d => d.Calls).Distinct())
            Assert.Equal((double)(2 * ExpectedOwners[UnitOf(call)].Montant), indicators.Single(r => r.Perimetre == Perimetres.Appel
                && r.AppelAProjets == call && r.Indicateur == Indicateurs.MontantAccordeTotal).Valeur);

        var log = new List<IngestionRecord>();
        await foreach (var record in store.Log.ListAsync(Region)) log.Add(record);
        // The log says what each commit did when it ran: a file keeps every unit it is the newest for (it can never
        // lose one), finds the others owned by a newer file or takes them until that file commits; never a part of them.
        foreach (var deposit in Deposits)
        {
            var units = deposit.Calls.Select(UnitOf).Order(StringComparer.Ordinal).ToList();
            var first = log.First(r => r.SourcePath == deposit.Path && r.Outcome != IngestionOutcome.Unchanged);
            Assert.Equal(units, first.UnitsWritten.Concat(first.UnitsSuperseded).Order(StringComparer.Ordinal));
            Assert.Subset(first.UnitsWritten.ToHashSet(), units.Where(u => ExpectedOwners[u] == deposit).ToHashSet());
            Assert.Equal(first.UnitsWritten.Count > 0 ? IngestionOutcome.Accepted : IngestionOutcome.Superseded, first.Outcome);
        }
        Assert.DoesNotContain(log, r => r.Outcome == IngestionOutcome.Failed);
    }
}
