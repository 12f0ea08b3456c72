using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Tests.Support;

/// <summary>A curated area that runs an action (a commit) once, before the first file is opened: a switch in the middle of a read.</summary>
public sealed class BeforeFirstRead(IFileArea inner, Func<Task> action) : IFileArea
{
    public bool Fired { get; private set; }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!Fired)
        {
            Fired = true;
            await action();
        }
        return await inner.OpenReadAsync(path, cancellationToken);
    }

    public Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default) => inner.WriteAsync(path, content, cancellationToken);
    public Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default) => inner.WriteIfAbsentAsync(path, content, cancellationToken);
    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => inner.DeleteAsync(path, cancellationToken);
    public IAsyncEnumerable<StoredFile> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
}
