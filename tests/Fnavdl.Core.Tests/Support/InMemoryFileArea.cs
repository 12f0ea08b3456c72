using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// An <see cref="IFileArea"/> held in memory, for tests. Writes copy the whole stream before storing
/// it, so readers see the old content or the new one (as the real areas promise).
/// </summary>
public sealed class InMemoryFileArea : IFileArea
{
    private readonly ConcurrentDictionary<string, (byte[] Content, DateTimeOffset LastModified)> _files = new(StringComparer.Ordinal);
    private readonly Func<DateTimeOffset> _clock;

    public InMemoryFileArea(Func<DateTimeOffset>? clock = null) => _clock = clock ?? (() => DateTimeOffset.UtcNow);

    /// <summary>The stored paths, in ordinal order.</summary>
    public IReadOnlyList<string> Paths => [.. _files.Keys.Order(StringComparer.Ordinal)];

    public byte[]? GetBytes(string path) => _files.TryGetValue(path, out var file) ? file.Content : null;

    public void Put(string path, byte[] content) => _files[path] = (content, _clock());

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(_files.TryGetValue(path, out var file) ? new MemoryStream(file.Content, writable: false) : null);

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default) =>
        Put(path, await ReadAllAsync(content, cancellationToken));

    public async Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var bytes = await ReadAllAsync(content, cancellationToken);
        return _files.TryAdd(path, (bytes, _clock()));
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.TryRemove(path, out _));

    public async IAsyncEnumerable<StoredFile> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var matches = _files
            .Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new StoredFile(f.Key, f.Value.Content.LongLength, f.Value.LastModified))
            .ToList();
        foreach (var file in matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return file;
        }
        await Task.CompletedTask;
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
