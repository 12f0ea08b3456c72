using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// Unit records as small JSON files (<c>units/{unit key}.json</c>); the ETag is the hash of the
/// record's content. The lock is an in-process semaphore plus an exclusively opened lock file, so
/// two CLI processes on the same store also take turns.
/// </summary>
public sealed class LocalUnitRegistry(string root) : IUnitRegistry
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

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
                catch (IOException)
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

    public async Task<bool> TrySetAsync(UnitVersion version, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(version.UnitKey, cancellationToken);
        if (current?.ETag != expectedETag) return false;
        var path = RecordPath(version.UnitKey);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + $".{Guid.NewGuid():N}.partial";
        await File.WriteAllBytesAsync(temp, JsonSerializer.SerializeToUtf8Bytes(version, LocalIngestionLog.Json), cancellationToken);
        File.Move(temp, path, overwrite: true);
        return true;
    }

    private string RecordPath(string unitKey) => Path.Combine(Root, unitKey.Replace('/', Path.DirectorySeparatorChar) + ".json");

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
