using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Fnavdl.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

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
    private readonly ILogger _logger;

    public TableUnitRegistry(TableClient table, BlobContainerClient locks, UnitLockOptions? lockOptions = null, ILogger? logger = null)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _locks = locks ?? throw new ArgumentNullException(nameof(locks));
        _lockOptions = lockOptions ?? UnitLockOptions.Default;
        _logger = logger ?? NullLogger.Instance;
    }

    public static (string PartitionKey, string RowKey) KeysOf(string unitKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitKey);
        var slash = unitKey.IndexOf('/', StringComparison.Ordinal);
        var dataset = slash < 0 ? unitKey : unitKey[..slash];
        return (StorageKey.Encode(dataset), StorageKey.Encode(unitKey));
    }

    public async Task<IAsyncDisposable> LockAsync(string unitKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitKey);
        var blob = _locks.GetBlobClient(StorageKey.Encode(unitKey));
        return await BlobLeaseLock.AcquireAsync(blob, _lockOptions, cancellationToken, _logger, unitKey).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<UnitRecord> ListAsync(string unitKeyPrefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitKeyPrefix);
        // A prefix naming its dataset ("projets/…") reads one partition; otherwise the whole (small) table.
        var slash = unitKeyPrefix.IndexOf('/', StringComparison.Ordinal);
        var query = slash < 0
            ? _table.QueryAsync<TableEntity>(cancellationToken: cancellationToken)
            : _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StorageKey.Encode(unitKeyPrefix[..slash])}"),
                cancellationToken: cancellationToken);
        var records = new List<UnitRecord>();
        try
        {
            await foreach (var entity in query.ConfigureAwait(false))
            {
                var record = new UnitRecord(FromEntity(entity), entity.ETag.ToString());
                if (record.Version.UnitKey.StartsWith(unitKeyPrefix, StringComparison.Ordinal)) records.Add(record);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No table yet: no unit was ever committed.
        }
        foreach (var record in records.OrderBy(r => r.Version.UnitKey, StringComparer.Ordinal))
            yield return record;
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
