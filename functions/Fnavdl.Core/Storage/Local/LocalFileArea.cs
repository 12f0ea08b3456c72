using System.Runtime.CompilerServices;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// A folder as a file area. Writes go to a hidden temporary file in the target folder, then are
/// renamed over the target (atomic on one file system), so readers never see a partial file; the
/// temporary files a killed process left are removed by the next run's first write (see <see cref="AtomicFile"/>).
/// Paths are mapped, never resolved: a <c>.</c> or <c>..</c> segment, or a symbolic link on the
/// way, is refused, so a path always names the file it spells inside the area.
/// </summary>
public sealed class LocalFileArea(string root) : IFileArea
{
    private int _swept;

    public string Root { get; } = Path.GetFullPath(root);

    public string FullPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Contains('\0', StringComparison.Ordinal)))
            throw new ArgumentException($"Chemin refusé dans la zone de stockage : {PrintableText.Of(path)}", nameof(path));
        var full = Root;
        foreach (var segment in segments)
        {
            full = Path.Join(full, segment);
            // A link inside the area would let a path name a file outside it (/etc/passwd) or loop.
            if (new FileInfo(full).LinkTarget is not null)
                throw new ArgumentException($"Chemin refusé dans la zone de stockage (lien symbolique) : {PrintableText.Of(path)}", nameof(path));
        }
        return full;
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        Stream? stream = File.Exists(full)
            ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous)
            : null;
        return Task.FromResult(stream);
    }

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        SweepOnce();
        await AtomicFile.WriteAsync(full, content, overwrite: true, cancellationToken);
    }

    public async Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        if (File.Exists(full)) return false;
        SweepOnce();
        return await AtomicFile.WriteAsync(full, content, overwrite: false, cancellationToken);
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        if (!File.Exists(full)) return Task.FromResult(false);
        File.Delete(full);
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<StoredFile> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        // Walk only the folder the prefix names: listing one unit's files must not walk the whole lake.
        var slash = prefix.LastIndexOf('/');
        var start = slash < 0 ? Root : FullPath(prefix[..slash]);
        if (!Directory.Exists(start)) yield break;
        // Links are skipped, not followed: a loop would never end, a link out would list foreign files.
        var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        var files = Directory.EnumerateFiles(start, "*", walk)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(Path.Combine(Root, relative));
            if (!info.Exists) continue;
            yield return new StoredFile(relative, info.Length, info.LastWriteTimeUtc);
        }
    }

    /// <summary>The first write of a run removes what an interrupted run left half-written here.</summary>
    private void SweepOnce()
    {
        if (Interlocked.Exchange(ref _swept, 1) == 0) AtomicFile.SweepAbandoned(Root);
    }
}
