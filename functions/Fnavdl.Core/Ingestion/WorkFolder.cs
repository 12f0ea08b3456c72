namespace Fnavdl.Core.Ingestion;

/// <summary>
/// A private temporary folder for one ingestion (its spooled upload and staged units), under
/// <c>{temp}/fnavdl-work/</c>, locked while in use and deleted when disposed. A process killed
/// mid-ingestion cannot delete it, but its lock dies with it: the next ingestion deletes every
/// folder whose lock no live process holds, so a kill leaks nothing past the next run.
/// </summary>
internal sealed class WorkFolder : IDisposable
{
    private const string LockName = ".lock";

    /// <summary>A folder without a lock file is one being created, unless it is older than this.</summary>
    private static readonly TimeSpan CreationGrace = TimeSpan.FromMinutes(1);

    private readonly FileStream _lock;

    private WorkFolder(string path, FileStream held)
    {
        Path = path;
        _lock = held;
    }

    public string Path { get; }

    public static string DefaultParent => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fnavdl-work");

    /// <summary>Sweeps what interrupted runs left under <paramref name="parent"/>, then makes a fresh locked folder there.</summary>
    public static WorkFolder Create(string? parent = null)
    {
        parent ??= DefaultParent;
        Directory.CreateDirectory(parent);
        SweepAbandoned(parent);
        var path = System.IO.Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        try
        {
            return new WorkFolder(path, new FileStream(System.IO.Path.Combine(path, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None));
        }
        catch
        {
            Directory.Delete(path, recursive: true);
            throw;
        }
    }

    /// <summary>A path inside the folder.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Deletes the folders of dead runs under <paramref name="parent"/>; returns how many.</summary>
    public static int SweepAbandoned(string parent)
    {
        if (!Directory.Exists(parent)) return 0;
        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var lockPath = System.IO.Path.Combine(folder, LockName);
            try
            {
                if (!File.Exists(lockPath))
                {
                    if (DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) < CreationGrace) continue;
                    Directory.Delete(folder, recursive: true);
                }
                else
                {
                    using (new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                        Directory.Delete(folder, recursive: true);
                }
                deleted++;
            }
            catch (IOException)
            {
                // Locked: a live ingestion's folder (or one another sweeper is deleting).
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to delete (another user's temp files).
            }
        }
        return deleted;
    }

    public void Dispose()
    {
        _lock.Dispose();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still in use or already gone: the next run's sweep removes it.
        }
    }
}
