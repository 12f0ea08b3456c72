using Azure;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Azure;

/// <summary>
/// Keeps a local store's curated area a copy of the current version of every unit of a remote
/// store (what `fnavdl pull` does). It follows the remote unit records, not a listing of the
/// container, so the copy never holds half a unit: for each unit, its version's files are
/// downloaded, then the local unit record is switched, and at the end every local file of another
/// version is deleted. Version-named files never change, so a file already copied is not downloaded again.
/// </summary>
public static class CuratedMirror
{
    /// <summary>A unit switched while being copied is followed to its new version this many times.</summary>
    private const int MaxAttempts = 5;

    public static async Task<MirrorResult> SyncAsync(IFileArea sourceFiles, IUnitRegistry sourceUnits, LocalPipelineStore target,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceFiles);
        ArgumentNullException.ThrowIfNull(sourceUnits);
        ArgumentNullException.ThrowIfNull(target);
        var counts = new Counts();
        var records = new List<UnitRecord>();
        await foreach (var record in sourceUnits.ListAsync("", cancellationToken).ConfigureAwait(false)) records.Add(record);

        foreach (var record in records)
        {
            UnitVersion? version = record.Version;
            for (var attempt = 1; version is not null && !await TryCopyAsync(sourceFiles, CurrentUnit.Of(version), target.Curated, counts, cancellationToken).ConfigureAwait(false); attempt++)
            {
                if (attempt == MaxAttempts)
                    throw new IOException($"L'unité {record.Version.UnitKey} a changé {MaxAttempts} fois pendant la copie : relancez fnavdl pull.");
                // A file vanished: the unit was switched since the listing; follow its record.
                version = (await sourceUnits.GetAsync(record.Version.UnitKey, cancellationToken).ConfigureAwait(false))?.Version;
            }
            if (version is null) continue;
            var local = await target.Units.GetAsync(version.UnitKey, cancellationToken).ConfigureAwait(false);
            if (local?.Version != version)
                await target.Units.TrySetAsync(version, local?.ETag, cancellationToken).ConfigureAwait(false);
        }

        counts.Deleted = await DeleteOtherVersionsAsync(target, cancellationToken).ConfigureAwait(false);
        return new MirrorResult(counts.Downloaded, counts.Unchanged, counts.Deleted);
    }

    /// <summary>Copies the version's files that are not there yet; false when one is gone from the source.</summary>
    private static async Task<bool> TryCopyAsync(IFileArea source, CurrentUnit unit, LocalFileArea target, Counts counts, CancellationToken ct)
    {
        foreach (var path in unit.Files)
        {
            if (File.Exists(target.FullPath(path)))
            {
                counts.Unchanged++;
                continue;
            }
            try
            {
                var content = await source.OpenReadAsync(path, ct).ConfigureAwait(false);
                if (content is null) return false;
                await using (content)
                    await target.WriteAsync(path, content, ct).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return false; // deleted while being downloaded
            }
            counts.Downloaded++;
        }
        return true;
    }

    /// <summary>Deletes every local curated file that is not of its unit's current local version (and the old mirror manifest).</summary>
    private static async Task<int> DeleteOtherVersionsAsync(LocalPipelineStore target, CancellationToken ct)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in target.Units.ListAsync("", ct).ConfigureAwait(false))
            current.UnionWith(CurrentUnit.Of(record.Version).Files);
        var stale = new List<string>();
        await foreach (var file in target.Curated.ListAsync("", ct).ConfigureAwait(false))
            if (!current.Contains(file.Path)) stale.Add(file.Path);
        foreach (var path in stale) await target.Curated.DeleteAsync(path, ct).ConfigureAwait(false);
        var legacyManifest = Path.Combine(target.Curated.Root, BlobMirror.ManifestName);
        if (File.Exists(legacyManifest)) File.Delete(legacyManifest);
        return stale.Count;
    }

    private sealed class Counts
    {
        public int Downloaded;
        public int Unchanged;
        public int Deleted;
    }
}
