using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure;

/// <summary>
/// Unit records in a table, concurrency-checked by ETag, and per-unit locks as blob leases.
/// PartitionKey = the unit key's first segment (the dataset, e.g. "projets"), RowKey = the whole
/// unit key; both encoded with <see cref="StorageKey"/> since unit keys contain '/'.
/// The lock of a unit is the blob named by its encoded key in the locks container.
/// </summary>
public sealed class TableUnitRegistry : IUnitRegistry
{
    private readonly TableClient _table;
    private readonly BlobContainerClient _locks;
    private readonly UnitLockOptions _lockOptions;

    public TableUnitRegistry(TableClient table, BlobContainerClient locks, UnitLockOptions? lockOptions = null)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _locks = locks ?? throw new ArgumentNullException(nameof(locks));
        _lockOptions = lockOptions ?? UnitLockOptions.Default;
    }

    public static (string PartitionKey, string RowKey) KeysOf(string unitKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitKey);
        var slash = unitKey.IndexOf('/');
        var dataset = slash < 0 ? unitKey : unitKey[..slash];
        return (StorageKey.Encode(dataset), StorageKey.Encode(unitKey));
    }

    public async Task<IAsyncDisposable> LockAsync(string unitKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitKey);
        var blob = _locks.GetBlobClient(StorageKey.Encode(unitKey));
        return await BlobLeaseLock.AcquireAsync(blob, _lockOptions, cancellationToken).ConfigureAwait(false);
    }

    public async Task<UnitRecord?> GetAsync(string unitKey, CancellationToken cancellationToken = default)
    {
        var (partitionKey, rowKey) = KeysOf(unitKey);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!response.HasValue || response.Value is null)
            return null;
        var entity = response.Value;
        return new UnitRecord(FromEntity(entity), entity.ETag.ToString());
    }

    public async Task<bool> TrySetAsync(UnitVersion version, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var entity = ToEntity(version);
        try
        {
            if (expectedETag is null)
                await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            else
                await _table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        // 409: a record appeared meanwhile; 412: it changed; 404: it was removed. All mean "not as expected".
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(UnitVersion v)
    {
        var (partitionKey, rowKey) = KeysOf(v.UnitKey);
        return new TableEntity(partitionKey, rowKey)
        {
            [nameof(v.UnitKey)] = v.UnitKey,
            [nameof(v.SourcePath)] = v.SourcePath,
            [nameof(v.Sha256)] = v.Sha256,
            [nameof(v.UploadedAt)] = v.UploadedAt.ToUniversalTime(),
            [nameof(v.IngestionId)] = v.IngestionId,
        };
    }

    private static UnitVersion FromEntity(TableEntity e) => new(
        e.GetString(nameof(UnitVersion.UnitKey)) ?? StorageKey.Decode(e.RowKey),
        e.GetString(nameof(UnitVersion.SourcePath)) ?? "",
        e.GetString(nameof(UnitVersion.Sha256)) ?? "",
        e.GetDateTimeOffset(nameof(UnitVersion.UploadedAt)) ?? DateTimeOffset.MinValue,
        e.GetString(nameof(UnitVersion.IngestionId)) ?? "");
}
