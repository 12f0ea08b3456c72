namespace Fnavdl.Core.Ingestion;

/// <summary>
/// A private temporary folder for one ingestion (its spooled upload and staged units), in the
/// <see cref="PrivateWorkArea"/> (<c>{temp}/fnavdl-work-{uid}/</c>), locked while in use and deleted when
/// disposed. A process killed mid-ingestion cannot delete it, but its lock dies with it: the next
/// ingestion deletes every folder (and spool file) whose lock no live process holds, so a kill leaks
/// nothing past the next run.
/// </summary>
internal sealed class WorkFolder : IDisposable
{
    private const string LockSuffix = ".lock";
    private const int CreateAttempts = 3;

    /// <summary>How old a lock file without its folder must be before a sweep takes it for a dead run's.</summary>
    internal static readonly TimeSpan OrphanLockAge = TimeSpan.FromMinutes(1);

    private readonly FileStream _lock;

    private WorkFolder(string path, FileStream held)
    {
        Path = path;
        _lock = held;
    }

    public string Path { get; }

    /// <summary>Sweeps what interrupted runs left under <paramref name="parent"/>, then makes a fresh locked folder there.</summary>
    /// <param name="parent">The work area (<see cref="PrivateWorkArea.Open"/>: null for its default).</param>
    /// <exception cref="UnsafeWorkAreaException">The area is not a private folder of this user.</exception>
    public static WorkFolder Create(string? parent = null)
    {
        parent = PrivateWorkArea.Open(parent);
        SweepAbandoned(parent);
        for (var attempt = 1; ; attempt++)
        {
            var path = System.IO.Path.Combine(parent, Guid.NewGuid().ToString("N"));
            // The lock (a sibling file) exists before the folder, so a folder without one is always abandoned.
            if (HoldNewLock(path + LockSuffix, lastAttempt: attempt == CreateAttempts) is { } held)
            {
                PrivateWorkArea.CreatePrivateDirectory(path);
                return new WorkFolder(path, held);
            }
        }
    }

    /// <summary>
    /// Creating a file and locking it are two system calls: in between, a sweeper could take the brand-new
    /// lock as an orphan's and delete it (sweeps leave young orphans alone, so only a creator stalled past
    /// <see cref="OrphanLockAge"/> can meet this). The creator then either fails to lock (the sweeper holds it)
    /// or locks a file no longer on disk, which would leave its folder looking abandoned to every later sweep.
    /// Either way, null (the caller tries a fresh name), or an exception on the last attempt.
    /// </summary>
    private static FileStream? HoldNewLock(string lockPath, bool lastAttempt)
    {
        FileStream held;
        try
        {
            held = PrivateWorkArea.CreatePrivateFile(lockPath, FileOptions.None, bufferSize: 0);
        }
        catch (IOException) when (!lastAttempt)
        {
            return null;
        }
        // Once held, no sweeper can delete it: if it is still there now, it stays.
        if (File.Exists(lockPath)) return held;
        held.Dispose();
        return lastAttempt
            ? throw new IOException($"Dossier de travail impossible à verrouiller sous {System.IO.Path.GetDirectoryName(lockPath)} : son verrou a été balayé à chaque essai.")
            : null;
    }

    /// <summary>A path inside the folder.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// Deletes the folders (and lock files) and the spool files of dead runs under <paramref name="parent"/>;
    /// returns how many folders.
    /// </summary>
    public static int SweepAbandoned(string parent)
    {
        if (!Directory.Exists(parent)) return 0;
        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            try
            {
                if (!File.Exists(folder + LockSuffix))
                {
                    Directory.Delete(folder, recursive: true);
                }
                else
                {
                    using (new FileStream(folder + LockSuffix, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                        Directory.Delete(folder, recursive: true);
                    File.Delete(folder + LockSuffix);
                }
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Locked: a live ingestion's folder (or one another sweeper is deleting), or not ours to delete.
            }
        }
        // A lock file without its folder is a creator's between its two steps, or a dead one's; a spool file
        // is held by its live creator, or was left by a dead one (kill -9 skips delete-on-close), or is a
        // creator's between creating and locking it. A creator takes microseconds between its steps, so a
        // young file is left alone: sweeps then never race a creation.
        var youngest = DateTime.UtcNow - OrphanLockAge;
        foreach (var orphan in Directory.EnumerateFiles(parent)
                     .Where(f => (f.EndsWith(LockSuffix, StringComparison.Ordinal) ? !Directory.Exists(f[..^LockSuffix.Length]) : PrivateWorkArea.IsSpoolFile(f))
                                 && File.GetLastWriteTimeUtc(f) < youngest))
        {
            try
            {
                using (new FileStream(orphan, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                    File.Delete(orphan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A live creator's lock, its folder not made yet; a spool file a live process holds.
            }
        }
        return deleted;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
            File.Delete(Path + LockSuffix);
        }
        catch (IOException)
        {
            // Still in use: the next run's sweep removes it.
        }
        finally
        {
            _lock.Dispose();
        }
    }
}
