using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Lake;

/// <summary>
/// The curated files readers may read: those of each unit's current version, as its region's manifest
/// names them. Files of any other version (superseded and not yet deleted, or written by a commit
/// that never switched the manifest) are never listed, so a reader sees every deposit whole.
/// </summary>
public static class CurrentUnits
{
    /// <summary>The current units whose key starts with <paramref name="unitKeyPrefix"/>, in ordinal order of key.</summary>
    public static async Task<IReadOnlyList<CurrentUnit>> ListAsync(IUnitRegistry units, string unitKeyPrefix = "", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Of(await UnitManifest.ReadAllAsync(units, ct), unitKeyPrefix);
    }

    /// <summary>The current units of one region whose key starts with <paramref name="unitKeyPrefix"/>: one manifest read.</summary>
    public static async Task<IReadOnlyList<CurrentUnit>> OfRegionAsync(IUnitRegistry units, string codeRegion, string unitKeyPrefix = "", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Of([await UnitManifest.ReadAsync(units, codeRegion, ct)], unitKeyPrefix);
    }

    private static List<CurrentUnit> Of(IEnumerable<UnitManifest> manifests, string unitKeyPrefix) =>
    [
        .. manifests.SelectMany(m => m.Units)
            .Where(u => u.UnitKey.StartsWith(unitKeyPrefix, StringComparison.Ordinal))
            .OrderBy(u => u.UnitKey, StringComparer.Ordinal)
            .Select(CurrentUnit.Of),
    ];

    /// <summary>
    /// Records as current every unit of a lake written directly with the unit writers, outside any
    /// ingestion (a generated benchmark lake, a test fixture): each unit must have one version's files.
    /// Units that already have a version in their region's manifest are left as they are. Returns how many were recorded.
    /// </summary>
    public static async Task<int> AdoptWrittenAsync(IFileArea curated, IUnitRegistry units, DateTimeOffset uploadedAt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(units);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var file in curated.ListAsync("", ct))
        {
            if (CuratedLayout.UnitOfFile(file.Path) is not var (unitKey, version)) continue;
            if (versions.TryGetValue(unitKey, out var seen) && seen != version)
                throw new InvalidOperationException($"Unit {unitKey} has files of two versions ({seen}, {version}): which one is current is unknown.");
            versions[unitKey] = version;
        }
        var adopted = 0;
        foreach (var region in versions.Keys.GroupBy(CuratedLayout.RegionOfUnit, StringComparer.Ordinal))
        {
            await using var held = await units.LockAsync(region.Key, ct);
            var manifest = await UnitManifest.ReadAsync(units, region.Key, ct);
            var added = region.Where(key => manifest.Find(key) is null)
                .Select(key => new UnitVersion(key, "", "", uploadedAt, versions[key])).ToList();
            if (added.Count == 0) continue;
            if (!await manifest.With(added).TryReplaceAsync(units, ct))
                throw new IOException($"The manifest of region {region.Key} changed while its units were adopted.");
            adopted += added.Count;
        }
        return adopted;
    }
}
