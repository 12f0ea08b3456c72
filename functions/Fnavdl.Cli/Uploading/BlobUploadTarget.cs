using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Fnavdl.Azure;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;

namespace Fnavdl.Cli.Uploading;

/// <summary>
/// Azure Storage (or Azurite): files go to the uploads container, and the upload time is read back
/// from the blob exactly as the Function reads it, so the CLI reproduces the trigger's behaviour.
/// </summary>
internal sealed class BlobUploadTarget(AzurePipeline pipeline) : IUploadTarget
{
    private readonly AzurePipelineStore _store = pipeline.Store;

    public IPipelineStore Store => _store;

    public IngestionOptions Options => pipeline.Core.Options;

    /// <summary>As the Function app: the ingestion, then the recompute request the queue function serves.</summary>
    public IUploadIngestion Ingestion => pipeline.Ingestion;

    public string Location => _store.Uploads.Container.AccountName + " (" + _store.Uploads.Container.Uri.GetLeftPart(UriPartial.Authority) + ")";

    public async Task<UploadRef> UploadAsync(UploadSource source, CancellationToken cancellationToken)
    {
        var blob = _store.Uploads.Container.GetBlobClient(source.UploadPath);
        var content = await File.ReadAllBytesAsync(source.FilePath, cancellationToken);
        // Re-uploading identical bytes would only bump the blob's time and make an old file "newer".
        if (await SameContentAsync(blob, content, cancellationToken) is not { } properties)
        {
            await blob.UploadAsync(new BinaryData(content), overwrite: true, cancellationToken);
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        return new UploadRef(source.UploadPath, UploadTime.Of(properties));
    }

    private static async Task<BlobProperties?> SameContentAsync(BlobClient blob, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return properties.ContentHash is { Length: > 0 } hash && hash.AsSpan().SequenceEqual(MD5.HashData(content)) ? properties : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
