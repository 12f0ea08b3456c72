using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Lake;

/// <summary>
/// The curated files readers may read: those of each unit's current version, as its unit record
/// names them. Files of any other version (superseded and not yet deleted, or written by a commit
/// that never switched the record) are never listed, so a reader sees every unit whole.
/// </summary>
public static class CurrentUnits
{
    /// <summary>The current units whose key starts with <paramref name="unitKeyPrefix"/>, in ordinal order of key.</summary>
    public static async Task<IReadOnlyList<CurrentUnit>> ListAsync(IUnitRegistry units, string unitKeyPrefix = "", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        var current = new List<CurrentUnit>();
        await foreach (var record in units.ListAsync(unitKeyPrefix, ct))
            current.Add(CurrentUnit.Of(record.Version));
        return current;
    }

    /// <summary>
    /// Records as current every unit of a lake written directly with the unit writers, outside any
    /// ingestion (a generated benchmark lake, a test fixture): each unit must have one version's files.
    /// Units that already have a record are left as they are. Returns how many were recorded.
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
        foreach (var (unitKey, version) in versions)
            if (await units.GetAsync(unitKey, ct) is null
                && await units.TrySetAsync(new UnitVersion(unitKey, "", "", uploadedAt, version), null, ct)) adopted++;
        return adopted;
    }
}

/// <summary>A unit's current version and its files (main table first for <c>projets</c>).</summary>
public sealed record CurrentUnit(string UnitKey, string Version, IReadOnlyList<string> Files)
{
    public static CurrentUnit Of(UnitVersion version) =>
        new(version.UnitKey, version.IngestionId, CuratedLayout.FilesOfUnit(version.UnitKey, version.IngestionId));
}
