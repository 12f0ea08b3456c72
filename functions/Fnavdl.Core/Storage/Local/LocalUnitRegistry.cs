using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// Unit records as small JSON files (<c>units/{unit key}.json</c>); the ETag is the hash of the
/// record's content. The lock is an in-process semaphore plus an exclusively opened lock file, so
/// two CLI processes on the same store also take turns.
/// </summary>
public sealed class LocalUnitRegistry(string root) : IUnitRegistry
{
    private const string RecordExtension = ".json";

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    private int _swept;

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<IAsyncDisposable> LockAsync(string unitKey, CancellationToken cancellationToken = default)
    {
        var lockPath = RecordPath(unitKey) + ".lock";
        var gate = Gates.GetOrAdd(lockPath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
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

    public async Task<UnitRecord?> GetAsync(string unitKey, CancellationToken cancellationToken = default)
    {
        var path = RecordPath(unitKey);
        if (!File.Exists(path)) return null;
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new UnitRecord(JsonSerializer.Deserialize<UnitVersion>(bytes, LocalIngestionLog.Json)!, ETagOf(bytes));
    }

    public async IAsyncEnumerable<UnitRecord> ListAsync(string unitKeyPrefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Root)) yield break;
        var keys = Directory.EnumerateFiles(Root, "*" + RecordExtension, SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Select(f => Path.GetRelativePath(Root, f)[..^RecordExtension.Length].Replace(Path.DirectorySeparatorChar, '/'))
            .Where(k => k.StartsWith(unitKeyPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var key in keys)
            if (await GetAsync(key, cancellationToken) is { } record) yield return record;
    }

    public async Task<bool> TrySetAsync(UnitVersion version, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(version.UnitKey, cancellationToken);
        if (current?.ETag != expectedETag) return false;
        if (Interlocked.Exchange(ref _swept, 1) == 0) AtomicFile.SweepAbandoned(Root);
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(version, LocalIngestionLog.Json));
        await AtomicFile.WriteAsync(RecordPath(version.UnitKey), content, overwrite: true, cancellationToken);
        return true;
    }

    private string RecordPath(string unitKey) => Path.Combine(Root, unitKey.Replace('/', Path.DirectorySeparatorChar) + RecordExtension);

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
