using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Fnavdl.Core.Lake;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// The regions' manifests as files of the curated folder (<c>{curated}/manifestes/{code_region}.csv</c>),
/// each replaced by one atomic rename; the ETag is a hash of the content. The lock is an in-process
/// semaphore plus an exclusively opened lock file (<c>{locks}/{code_region}.lock</c>, outside the
/// published folder), so two CLI processes on the same store also take turns. The ETag check of a
/// replacement is made under that lock, which every commit takes.
/// </summary>
internal sealed class LocalUnitRegistry : IUnitRegistry
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    private readonly string _manifests;
    private readonly string _locks;
    private int _swept;

    /// <param name="curatedRoot">The curated folder; the manifests live in its <c>manifestes</c> folder.</param>
    /// <param name="locksRoot">Where the lock files go (outside the curated folder: they are not data).</param>
    public LocalUnitRegistry(string curatedRoot, string locksRoot)
    {
        CuratedRoot = Path.GetFullPath(curatedRoot);
        _manifests = Path.Combine(CuratedRoot, UnitManifest.Folder);
        _locks = Path.GetFullPath(locksRoot);
    }

    public string CuratedRoot { get; }

    public async Task<IAsyncDisposable> LockAsync(string codeRegion, CancellationToken cancellationToken = default)
    {
        var lockPath = Path.Combine(_locks, CuratedLayout.CheckedRegion(codeRegion) + ".lock");
        var gate = Gates.GetOrAdd(lockPath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(_locks);
            while (true)
            {
                try
                {
                    var file = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return new Held(gate, file);
                }
                // Held by another process. An I/O error with no lock file (disk full, read-only) is not a wait.
                catch (IOException) when (File.Exists(lockPath))
                {
                    await Task.Delay(25, cancellationToken);
                }
            }
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public async Task<StoredManifest?> ReadAsync(string codeRegion, CancellationToken cancellationToken = default)
    {
        var path = PathOf(codeRegion);
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        return new StoredManifest(content, ETagOf(content));
    }

    public async Task<bool> TryReplaceAsync(string codeRegion, byte[] content, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var current = await ReadAsync(codeRegion, cancellationToken);
        if (current?.ETag != expectedETag) return false;
        if (Interlocked.Exchange(ref _swept, 1) == 0) AtomicFile.SweepAbandoned(_manifests);
        using var stream = new MemoryStream(content, writable: false);
        // One rename: a reader opens the old manifest or the new one, and a kill leaves one of them.
        await AtomicFile.WriteAsync(PathOf(codeRegion), stream, overwrite: true, cancellationToken);
        return true;
    }

    public async IAsyncEnumerable<string> ListRegionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        if (!Directory.Exists(_manifests)) yield break;
        var regions = Directory.EnumerateFiles(_manifests)
            .Select(f => UnitManifest.RegionOfPath(UnitManifest.Folder + "/" + Path.GetFileName(f)))
            .OfType<string>()
            .Order(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return region;
        }
    }

    private string PathOf(string codeRegion) =>
        Path.Combine(CuratedRoot, UnitManifest.PathOf(codeRegion).Replace('/', Path.DirectorySeparatorChar));

    private static string ETagOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..16];

    private sealed class Held(SemaphoreSlim gate, FileStream file) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await file.DisposeAsync();
            gate.Release();
        }
    }
}
