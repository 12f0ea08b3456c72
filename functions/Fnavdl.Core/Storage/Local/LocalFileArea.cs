using System.Runtime.CompilerServices;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// A folder as a file area. Writes go to a hidden temporary file in the target folder, then are
/// renamed over the target (atomic on one file system), so readers never see a partial file.
/// </summary>
public sealed class LocalFileArea(string root) : IFileArea
{
    private const string TempSuffix = ".partial";

    public string Root { get; } = Path.GetFullPath(root);

    public string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path.Replace('\\', '/').TrimStart('/')));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"Chemin hors de la zone de stockage : {path}", nameof(path));
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
        var temp = await WriteTempAsync(full, content, cancellationToken);
        File.Move(temp, full, overwrite: true);
    }

    public async Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        if (File.Exists(full)) return false;
        var temp = await WriteTempAsync(full, content, cancellationToken);
        try
        {
            File.Move(temp, full, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(full))
        {
            File.Delete(temp);
            return false;
        }
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
        if (!Directory.Exists(Root)) yield break;
        var files = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
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

    private static async Task<string> WriteTempAsync(string full, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            await using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await content.CopyToAsync(output, cancellationToken);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        return temp;
    }
}
