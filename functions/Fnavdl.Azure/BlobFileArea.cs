using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure;

/// <summary>
/// An <see cref="IFileArea"/> over a blob container, optionally under a name prefix.
/// A single Put Blob, or the final Put Block List of a staged upload, replaces a blob's content
/// in one step: readers see the old content or the new one, never a mix.
/// </summary>
public sealed class BlobFileArea : IFileArea
{
    private readonly BlobContainerClient _container;
    private readonly string _prefix;

    /// <param name="container">The container holding the area.</param>
    /// <param name="prefix">Optional folder inside the container ("a/b" or "a/b/"); paths are relative to it.</param>
    public BlobFileArea(BlobContainerClient container, string? prefix = null)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        var trimmed = (prefix ?? "").Trim('/');
        _prefix = trimmed.Length == 0 ? "" : trimmed + "/";
    }

    public BlobContainerClient Container => _container;

    /// <summary>The blob's URL, for messages.</summary>
    public Uri UriOf(string path) => Blob(path).Uri;

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            // allowModifications: false pins the ETag seen at open: a concurrent overwrite makes the
            // read fail instead of silently mixing two versions.
            return await Blob(path).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await Blob(path).UploadAsync(content, new BlobUploadOptions(), cancellationToken);
    }

    public async Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var options = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
        try
        {
            await Blob(path).UploadAsync(content, options, cancellationToken);
            return true;
        }
        // 409 BlobAlreadyExists for a single Put Blob; 412 when a staged upload's commit finds it.
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await Blob(path)
            .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions: null, cancellationToken);
        return response.Value;
    }

    /// <summary>
    /// Flat listing: the service returns names in code point order, which is ordinal order for
    /// every name without characters beyond U+FFFF (paths here are ASCII-dominated).
    /// </summary>
    public async IAsyncEnumerable<StoredFile> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new GetBlobsOptions
        {
            Prefix = _prefix + (prefix ?? "").TrimStart('/'),
            // Azurite and older API versions only speak XML; pin it rather than follow "Auto".
            ResponseFormat = StorageResponseFormat.Xml,
        };
        await foreach (var item in _container.GetBlobsAsync(options, cancellationToken))
        {
            yield return new StoredFile(
                item.Name[_prefix.Length..],
                item.Properties.ContentLength ?? 0,
                item.Properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }

    private BlobClient Blob(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return _container.GetBlobClient(_prefix + path.TrimStart('/'));
    }
}
