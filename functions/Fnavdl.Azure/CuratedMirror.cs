using Azure;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Azure;

/// <summary>
/// Keeps a local store's curated area a copy of the current version of every unit of a remote
/// store (what `fnavdl pull` does). It follows the remote regions' manifests, not a listing of the
/// container, and commits each region as the pipeline does: the files of every unit the remote manifest
/// names are downloaded, then the local manifest is replaced by the remote one's bytes (one atomic
/// rename), and at the end every local file no manifest names is deleted. So the copy never holds half
/// a deposit, even if the pull is killed. Version-named files never change, so a file already copied is
/// not downloaded again.
/// </summary>
public static class CuratedMirror
{
    /// <summary>A region that commits while being copied is followed to its new manifest this many times.</summary>
    private const int MaxAttempts = 5;

    public static async Task<MirrorResult> SyncAsync(IFileArea sourceFiles, IUnitRegistry sourceUnits, LocalPipelineStore target,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceFiles);
        ArgumentNullException.ThrowIfNull(sourceUnits);
        ArgumentNullException.ThrowIfNull(target);
        var counts = new Counts();
        var regions = new List<string>();
        await foreach (var region in sourceUnits.ListRegionsAsync(cancellationToken)) regions.Add(region);

        foreach (var region in regions)
        {
            for (var attempt = 1; ; attempt++)
            {
                var stored = await sourceUnits.ReadAsync(region, cancellationToken);
                if (stored is null) break;
                var manifest = UnitManifest.Parse(region, stored.Content, stored.ETag);
                if (await TryCopyAsync(sourceFiles, manifest, target.Curated, counts, cancellationToken))
                {
                    await using (await target.Units.LockAsync(region, cancellationToken))
                    {
                        var local = await target.Units.ReadAsync(region, cancellationToken);
                        if (local is not null && local.Content.AsSpan().SequenceEqual(stored.Content))
                            counts.Unchanged++;
                        else if (await target.Units.TryReplaceAsync(region, stored.Content, local?.ETag, cancellationToken))
                            counts.Downloaded++;
                    }
                    break;
                }
                // A file vanished: the region committed since its manifest was read; follow the new one.
                if (attempt == MaxAttempts)
                    throw new IOException($"Le manifeste de la région {region} a changé {MaxAttempts} fois pendant la copie : relancez fnavdl pull.");
            }
        }

        counts.Deleted = await DeleteOthersAsync(target, regions, cancellationToken);
        return new MirrorResult(counts.Downloaded, counts.Unchanged, counts.Deleted);
    }

    /// <summary>Copies the manifest's files that are not there yet; false when one is gone from the source.</summary>
    private static async Task<bool> TryCopyAsync(IFileArea source, UnitManifest manifest, LocalFileArea target, Counts counts, CancellationToken ct)
    {
        foreach (var path in manifest.Units.SelectMany(u => CurrentUnit.Of(u).Files))
        {
            if (File.Exists(target.FullPath(path)))
            {
                counts.Unchanged++;
                continue;
            }
            try
            {
                var content = await source.OpenReadAsync(path, ct);
                if (content is null) return false;
                await using (content)
                    await target.WriteAsync(path, content, ct);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return false; // deleted while being downloaded
            }
            counts.Downloaded++;
        }
        return true;
    }

    /// <summary>
    /// Deletes every local curated file that no local manifest names (superseded versions, the old mirror
    /// manifest), and the manifests of regions the source does not have.
    /// </summary>
    private static async Task<int> DeleteOthersAsync(LocalPipelineStore target, IReadOnlyList<string> regions, CancellationToken ct)
    {
        var keep = new HashSet<string>(regions.Select(UnitManifest.PathOf), StringComparer.Ordinal);
        foreach (var manifest in await UnitManifest.ReadAllAsync(target.Units, ct))
            if (keep.Contains(UnitManifest.PathOf(manifest.CodeRegion)))
                keep.UnionWith(manifest.Units.SelectMany(u => CurrentUnit.Of(u).Files));
        var stale = new List<string>();
        await foreach (var file in target.Curated.ListAsync("", ct))
            if (!keep.Contains(file.Path)) stale.Add(file.Path);
        foreach (var path in stale) await target.Curated.DeleteAsync(path, ct);
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
