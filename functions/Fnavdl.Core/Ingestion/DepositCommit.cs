using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Ingestion;

/// <summary>What a deposit's commit did with each of its units.</summary>
/// <param name="Owned">Units whose current version is now the deposit's (switched by this commit or an earlier delivery).</param>
/// <param name="Superseded">Units a newer upload owns: left to it.</param>
internal sealed record CommittedUnits(IReadOnlyList<string> Owned, IReadOnlyList<string> Superseded);

/// <summary>
/// Makes a deposit's staged units current in one atomic step: the region's manifest is the one pointer
/// readers follow, and it is replaced by one write naming every unit the deposit wins. Under the region's
/// lock:
/// <list type="number">
/// <item>read the region's manifest; per unit, a newer upload keeps it (by upload time, then content hash),
/// an earlier delivery of this version that is complete keeps it, otherwise the deposit takes it;</item>
/// <item>write the files of the units it takes, under names of their own version, beside the current ones
/// (nothing a reader follows changes);</item>
/// <item>replace the manifest, ETag-checked, with every unit it takes switched — the instant the whole
/// deposit changes; a changed manifest (a lost lock) is read again and the plan made again;</item>
/// <item>delete, for each of its units, every file of another version than the one the manifest names (the
/// superseded version, what a killed commit left, the deposit's own files of a unit it lost).</item>
/// </list>
/// Killed before 3, readers keep every unit as it was (the new files are orphans step 4 of the unit's next
/// commit deletes); killed after 3, they have every unit of the deposit. The manifest is chosen by the
/// upload's region alone and refuses another region's unit, so a region never touches another's units.
/// </summary>
internal sealed class DepositCommit(IPipelineStore store)
{
    /// <summary>A manifest changed under a held lock only when the lock was lost: try again a few times, then fail (and be retried).</summary>
    private const int MaxAttempts = 5;

    private enum Plan { Take, AlreadyCurrent, Superseded }

    public async Task<CommittedUnits> CommitAsync(string codeRegion, IReadOnlyList<StagedUnit> units, UnitVersion mine, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(mine);
        CuratedLayout.CheckedRegion(codeRegion);
        foreach (var unit in units)
            if (CuratedLayout.RegionOfUnit(unit.UnitKey) != codeRegion)
                throw new InvalidOperationException($"Unit {unit.UnitKey} is not of region {codeRegion}: a deposit only commits its own region's units.");

        await using var held = await store.Units.LockAsync(codeRegion, ct);
        for (var attempt = 1; ; attempt++)
        {
            var manifest = await UnitManifest.ReadAsync(store.Units, codeRegion, ct);
            var plans = new Dictionary<string, Plan>(StringComparer.Ordinal);
            foreach (var unit in units)
                plans[unit.UnitKey] = await PlanAsync(manifest.Find(unit.UnitKey), mine, ct);

            var taken = units.Where(u => plans[u.UnitKey] == Plan.Take).ToList();
            await WriteFilesAsync(taken, manifest, mine, ct);
            var updated = manifest.With(taken.Select(u => mine with { UnitKey = u.UnitKey }));
            // The switch: one write for every unit taken (none when the manifest already says so).
            if (!updated.Units.SequenceEqual(manifest.Units) && !await updated.TryReplaceAsync(store.Units, ct))
            {
                if (attempt == MaxAttempts)
                    throw new IOException($"Le manifeste de la région {codeRegion} a changé {MaxAttempts} fois pendant la validation du dépôt {mine.SourcePath}.");
                continue;
            }
            // Each unit keeps the version the manifest names now (read again: were the lease lost, another holder
            // may have switched a unit since, and its files must not be taken for leftovers).
            var current = await UnitManifest.ReadAsync(store.Units, codeRegion, ct);
            foreach (var unit in units)
                if (current.Find(unit.UnitKey) is { } kept)
                    await RemoveOtherVersionsAsync(unit.UnitKey, kept.IngestionId, ct);
            return new CommittedUnits(
                [.. units.Where(u => plans[u.UnitKey] != Plan.Superseded).Select(u => u.UnitKey)],
                [.. units.Where(u => plans[u.UnitKey] == Plan.Superseded).Select(u => u.UnitKey)]);
        }
    }

    private async Task<Plan> PlanAsync(UnitVersion? current, UnitVersion mine, CancellationToken ct)
    {
        if (current is null) return Plan.Take;
        if (current.IngestionId == mine.IngestionId)
            // Another delivery of this version switched it (concurrent, or killed after the switch). Were a file
            // of it missing, it is written again under the same name (the manifest already names it).
            return await IsCompleteAsync(current, ct) ? Plan.AlreadyCurrent : Plan.Take;
        return current.IsNewerThan(mine) ? Plan.Superseded : Plan.Take;
    }

    /// <summary>Writes the staged files (already named for their version); on failure, removes what it wrote that no manifest names.</summary>
    private async Task WriteFilesAsync(IReadOnlyList<StagedUnit> units, UnitManifest manifest, UnitVersion mine, CancellationToken ct)
    {
        var written = new List<string>();
        try
        {
            foreach (var unit in units)
                foreach (var file in unit.Files)
                {
                    await using (var staged = File.OpenRead(file.TempPath))
                        await store.Curated.WriteAsync(file.CuratedPath, staged, ct);
                    if (manifest.Find(unit.UnitKey)?.IngestionId != mine.IngestionId) written.Add(file.CuratedPath);
                }
        }
        catch
        {
            // Nobody points at these files yet: leave nothing behind (a kill is cleaned by the unit's next commit).
            foreach (var path in written)
            {
                try { await store.Curated.DeleteAsync(path, CancellationToken.None); }
                catch (Exception e) when (e is not OperationCanceledException) { /* the unit's next commit removes it */ }
            }
            throw;
        }
    }

    /// <summary>True when every file of the version is in the curated area (files are written whole, so present means complete).</summary>
    public async Task<bool> IsCompleteAsync(UnitVersion version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(version);
        foreach (var path in CurrentUnit.Of(version).Files)
        {
            var stream = await store.Curated.OpenReadAsync(path, ct);
            if (stream is null) return false;
            await stream.DisposeAsync();
        }
        return true;
    }

    /// <summary>Deletes the unit's files of every version but <paramref name="keep"/>: superseded ones and an interrupted commit's leftovers.</summary>
    private async Task RemoveOtherVersionsAsync(string unitKey, string keep, CancellationToken ct)
    {
        foreach (var prefix in CuratedLayout.VersionPrefixesOfUnit(unitKey))
        {
            var stale = new List<string>();
            await foreach (var file in store.Curated.ListAsync(prefix, ct))
                if (CuratedLayout.VersionOf(file.Path, prefix) is { } version && version != keep) stale.Add(file.Path);
            foreach (var path in stale) await store.Curated.DeleteAsync(path, ct);
        }
    }
}
