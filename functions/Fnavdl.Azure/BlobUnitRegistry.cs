using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fnavdl.Azure;

/// <summary>
/// The regions' manifests as blobs of the curated container (<c>manifestes/{code_region}.csv</c>, where the
/// analysts' engines find them), each replaced by one Put Blob under an ETag precondition (If-Match, or
/// If-None-Match: * for a region's first), so a commit either replaces exactly the manifest it read or
/// changes nothing. The lock of a region is a lease on the blob <c>manifeste-{code_region}</c> of the locks
/// container: it serialises a region's commits across Function instances; correctness does not rest on it
/// alone (a writer whose lease was lost still fails the ETag check).
/// </summary>
internal sealed class BlobUnitRegistry : IUnitRegistry
{
    private readonly BlobContainerClient _curated;
    private readonly BlobContainerClient _locks;
    private readonly UnitLockOptions _lockOptions;
    private readonly ILogger _logger;

    public BlobUnitRegistry(BlobContainerClient curated, BlobContainerClient locks, UnitLockOptions? lockOptions = null, ILogger? logger = null)
    {
        _curated = curated ?? throw new ArgumentNullException(nameof(curated));
        _locks = locks ?? throw new ArgumentNullException(nameof(locks));
        _lockOptions = lockOptions ?? UnitLockOptions.Default;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The name of the lock blob of a region.</summary>
    public static string LockBlobName(string codeRegion) => "manifeste-" + CuratedLayout.CheckedRegion(codeRegion);

    public async Task<IAsyncDisposable> LockAsync(string codeRegion, CancellationToken cancellationToken = default)
    {
        var blob = _locks.GetBlobClient(LockBlobName(codeRegion));
        return await BlobLeaseLock.AcquireAsync(blob, _lockOptions, cancellationToken, _logger, UnitManifest.PathOf(codeRegion));
    }

    public async Task<StoredManifest?> ReadAsync(string codeRegion, CancellationToken cancellationToken = default)
    {
        try
        {
            // One GET: the content and the ETag of that same content.
            var response = await Blob(codeRegion).DownloadContentAsync(cancellationToken);
            return new StoredManifest(response.Value.Content.ToArray(), response.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> TryReplaceAsync(string codeRegion, byte[] content, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var options = new BlobUploadOptions
        {
            Conditions = expectedETag is null
                ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : new BlobRequestConditions { IfMatch = new ETag(expectedETag) },
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/csv; charset=utf-8" },
            // A manifest is small: one Put Blob, never staged blocks, so it is replaced in one request.
            TransferOptions = new StorageTransferOptions { InitialTransferSize = 256L << 20, MaximumTransferSize = 256L << 20 },
        };
        try
        {
            await Blob(codeRegion).UploadAsync(new BinaryData(content), options, cancellationToken);
            return true;
        }
        // 412: it changed (or appeared); 409: it appeared (If-None-Match on an existing blob).
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<string> ListRegionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new GetBlobsOptions { Prefix = UnitManifest.Folder + "/", ResponseFormat = StorageResponseFormat.Xml };
        var regions = new List<string>();
        try
        {
            await foreach (var item in _curated.GetBlobsAsync(options, cancellationToken))
                if (UnitManifest.RegionOfPath(item.Name) is { } region) regions.Add(region);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No curated container yet: no deposit was ever committed.
        }
        foreach (var region in regions.Order(StringComparer.Ordinal))
            yield return region;
    }

    private BlobClient Blob(string codeRegion) => _curated.GetBlobClient(UnitManifest.PathOf(codeRegion));
}
