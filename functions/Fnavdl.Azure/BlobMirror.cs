using System.Text.Json;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Fnavdl.Azure;

/// <summary>
/// Keeps a local folder a copy of a blob container, downloading only what changed. The folder holds
/// a manifest (<see cref="ManifestName"/>: blob name → ETag of the copy); a blob whose ETag matches
/// is skipped, a new or changed one is downloaded (to a temporary file, then moved in place, pinned
/// to the listed ETag), a copy whose blob is gone is deleted. Files the manifest does not list are
/// never touched. Used by the CLI, because DuckDB's Azure extension cannot be installed offline.
/// </summary>
public static class BlobMirror
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public const string ManifestName = ".fnavdl-etags.json";

    public static async Task<MirrorResult> SyncAsync(BlobContainerClient container, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var manifestPath = Path.Combine(folder, ManifestName);
        var previous = await ReadManifestAsync(manifestPath, cancellationToken);
        var current = new SortedDictionary<string, string>(StringComparer.Ordinal);
        int downloaded = 0, unchanged = 0, deleted = 0;

        if (await container.ExistsAsync(cancellationToken))
        {
            var options = new GetBlobsOptions { ResponseFormat = StorageResponseFormat.Xml };
            await foreach (var item in container.GetBlobsAsync(options, cancellationToken))
            {
                var etag = item.Properties.ETag?.ToString() ?? "";
                var target = LocalPath(folder, item.Name);
                if (previous.TryGetValue(item.Name, out var known) && known == etag && File.Exists(target))
                {
                    current[item.Name] = etag;
                    unchanged++;
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = target + ".part";
                await container.GetBlobClient(item.Name).DownloadToAsync(temporary, new BlobDownloadToOptions
                {
                    Conditions = item.Properties.ETag is { } tag ? new BlobRequestConditions { IfMatch = tag } : null,
                }, cancellationToken);
                File.Move(temporary, target, overwrite: true);
                current[item.Name] = etag;
                downloaded++;
            }
        }

        foreach (var gone in previous.Keys.Where(name => !current.ContainsKey(name)))
        {
            var path = LocalPath(folder, gone);
            if (File.Exists(path))
            {
                File.Delete(path);
                deleted++;
            }
        }
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(current, Indented), cancellationToken);
        return new MirrorResult(downloaded, unchanged, deleted);
    }

    private static async Task<Dictionary<string, string>> ReadManifestAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return new(StringComparer.Ordinal);
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(path, ct))
                   ?? new(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // A damaged manifest only costs a full download.
            return new(StringComparer.Ordinal);
        }
    }

    /// <summary>The copy's path; a blob name that would escape the folder is refused.</summary>
    private static string LocalPath(string folder, string blobName)
    {
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, blobName.Replace('/', Path.DirectorySeparatorChar)));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidDataException($"Blob name '{blobName}' points outside {root}.");
        return path;
    }
}
