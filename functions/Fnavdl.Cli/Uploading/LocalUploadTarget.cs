using Fnavdl.Core.Composition;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Uploading;

/// <summary>
/// The local store: the upload time is when the file entered the store's uploads area — the copy's
/// own time, as a blob's upload time on Azure — never the source file's modification date (a
/// corrected file whose source is older would lose to the file it corrects).
/// </summary>
internal sealed class LocalUploadTarget(PipelineServices services) : IUploadTarget
{
    private readonly PipelineServices _services = services;
    private readonly LocalPipelineStore _store = (LocalPipelineStore)services.Store;

    public IPipelineStore Store => _store;

    public IngestionOptions Options => _services.Options;

    public IUploadIngestion Ingestion => _services.Ingestion;

    public string Location => _store.Root;

    public async Task<UploadRef> UploadAsync(UploadSource source, CancellationToken cancellationToken)
    {
        var file = new FileInfo(source.FilePath);
        var target = _store.Uploads.FullPath(source.UploadPath);
        // Copying identical bytes again would only make an old file "newer": the first deposit keeps its time.
        if (!string.Equals(file.FullName, target, StringComparison.Ordinal) && !await SameContentAsync(file, target, cancellationToken))
        {
            await using var content = file.OpenRead();
            await _store.Uploads.WriteAsync(source.UploadPath, content, cancellationToken);
        }
        return new UploadRef(source.UploadPath, new DateTimeOffset(File.GetLastWriteTimeUtc(target), TimeSpan.Zero));
    }

    private static async Task<bool> SameContentAsync(FileInfo source, string target, CancellationToken cancellationToken)
    {
        var stored = new FileInfo(target);
        if (!stored.Exists || stored.Length != source.Length) return false;
        await using var a = source.OpenRead();
        await using var b = stored.OpenRead();
        var left = new byte[1 << 16];
        var right = new byte[1 << 16];
        while (true)
        {
            var n = await a.ReadAtLeastAsync(left, left.Length, throwOnEndOfStream: false, cancellationToken);
            var m = await b.ReadAtLeastAsync(right, right.Length, throwOnEndOfStream: false, cancellationToken);
            if (n != m || !left.AsSpan(0, n).SequenceEqual(right.AsSpan(0, m))) return false;
            if (n == 0) return true;
        }
    }
}
