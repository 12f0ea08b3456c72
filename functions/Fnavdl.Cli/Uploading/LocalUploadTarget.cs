using Fnavdl.Core.Composition;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Uploading;

/// <summary>The local store: the upload time is the source file's own modification time.</summary>
internal sealed class LocalUploadTarget(LocalPipelineStore store, IngestionOptions options) : IUploadTarget
{
    private readonly PipelineServices _services = new(store, options: options);

    public IPipelineStore Store => store;

    public IngestionOptions Options => _services.Options;

    public IUploadIngestion Ingestion => _services.Ingestion;

    public string Location => store.Root;

    public async Task<UploadRef> UploadAsync(UploadSource source, CancellationToken cancellationToken)
    {
        var file = new FileInfo(source.FilePath);
        var target = store.Uploads.FullPath(source.UploadPath);
        if (!string.Equals(file.FullName, target, StringComparison.Ordinal))
        {
            await using (var content = file.OpenRead())
                await store.Uploads.WriteAsync(source.UploadPath, content, cancellationToken);
            File.SetLastWriteTimeUtc(target, file.LastWriteTimeUtc);
        }
        return new UploadRef(source.UploadPath, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
    }
}
