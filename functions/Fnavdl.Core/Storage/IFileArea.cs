namespace Fnavdl.Core.Storage;

/// <summary>
/// A flat area of named files (a blob container, or a folder of the local store). Paths use '/'.
/// Writes are atomic: a reader sees the old content or the new one, never a part.
/// </summary>
public interface IFileArea
{
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Writes the whole stream under <paramref name="path"/>, replacing any earlier content atomically.</summary>
    Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Writes only if nothing is stored there yet; returns false if something was (immutable archives).</summary>
    Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Files under a prefix, in ordinal order of path.</summary>
    IAsyncEnumerable<StoredFile> ListAsync(string prefix, CancellationToken cancellationToken = default);
}
