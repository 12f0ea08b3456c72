namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// Whole-file writes on a local file system: the content goes to a hidden <c>.partial</c> file in the
/// target's folder, held under an exclusive lock while written, then renamed over the target (atomic on
/// one file system). A process killed mid-write leaves an unlocked <c>.partial</c> file, which
/// <see cref="SweepAbandoned"/> deletes on the next run; a live writer's file is locked, so it is kept.
/// </summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".partial";

    private const int CreateAttempts = 3;

    /// <summary>Writes <paramref name="content"/> to <paramref name="full"/>; false if <paramref name="overwrite"/> is off and it exists.</summary>
    public static async Task<bool> WriteAsync(string full, Stream content, bool overwrite, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var (temp, output) = CreateTemp(folder, Path.GetFileName(full));
        try
        {
            await using (output)
            {
                await content.CopyToAsync(output, cancellationToken);
                await output.FlushAsync(cancellationToken);
                // Renamed while still open and locked: a sweeper never sees it unlocked and complete.
                try
                {
                    File.Move(temp, full, overwrite);
                }
                catch (IOException) when (!overwrite && File.Exists(full))
                {
                    File.Delete(temp);
                    return false;
                }
            }
            return true;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Deletes every <c>.partial</c> file under <paramref name="root"/> that no live writer holds; returns how many.</summary>
    public static int SweepAbandoned(string root)
    {
        if (!Directory.Exists(root)) return 0;
        var deleted = 0;
        foreach (var temp in Directory.EnumerateFiles(root, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            try
            {
                using var held = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                File.Delete(temp);
                deleted++;
            }
            catch (IOException)
            {
                // Locked by a live writer, or already renamed or deleted: not ours to remove.
            }
            catch (UnauthorizedAccessException)
            {
                // A read-only store: nothing can be cleaned, and nothing will be written either.
            }
        }
        return deleted;
    }

    private static (string Path, FileStream Stream) CreateTemp(string folder, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            var temp = Path.Combine(folder, TempName(name));
            try
            {
                return (temp, new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous));
            }
            // A sweeper may lock a brand-new file in the instant before its writer does: try a fresh name.
            catch (IOException) when (attempt < CreateAttempts && !File.Exists(temp))
            {
            }
        }
    }

    /// <summary>Hidden, unique, and within the 255-byte name limit whatever the target's name.</summary>
    private static string TempName(string name)
    {
        var temp = $".{name}.{Guid.NewGuid():N}{TempSuffix}";
        return System.Text.Encoding.UTF8.GetByteCount(temp) <= Ingestion.ReportPaths.MaxNameBytes ? temp : $".{Guid.NewGuid():N}{TempSuffix}";
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
