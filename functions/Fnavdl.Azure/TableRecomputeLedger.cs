using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Fnavdl.Core.Indicators.Refresh;

namespace Fnavdl.Azure;

/// <summary>
/// The per-year recompute counters as one Table entity per year (PartitionKey "recalculs",
/// RowKey = annee; in the indicators table, whose year partitions are digits and never meet it), changed only by ETag-checked read-modify-write, and the per-year lock as a lease
/// on the blob <c>indicateurs-{annee}</c> of the locks container.
/// </summary>
public sealed class TableRecomputeLedger : IRecomputeLedger
{
    public const string Partition = "recalculs";
    private const string Requested = "Demandes";
    private const string Computed = "Calcules";

    private readonly TableClient _table;
    private readonly BlobContainerClient _locks;
    private readonly UnitLockOptions _lockOptions;

    public TableRecomputeLedger(TableClient table, BlobContainerClient locks, UnitLockOptions? lockOptions = null)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _locks = locks ?? throw new ArgumentNullException(nameof(locks));
        _lockOptions = lockOptions ?? UnitLockOptions.Default;
    }

    public async Task<long> MarkRequestedAsync(int annee, CancellationToken cancellationToken = default)
    {
        long result = 0;
        await UpdateAsync(annee, state => { result = state.Requested + 1; return state with { Requested = result }; }, cancellationToken);
        return result;
    }

    public async Task MarkComputedAsync(int annee, long generation, CancellationToken cancellationToken = default) =>
        await UpdateAsync(annee, state => state with { Computed = Math.Max(state.Computed, generation) }, cancellationToken);

    public async Task<RecomputeState> GetAsync(int annee, CancellationToken cancellationToken = default)
    {
        var entity = await FindAsync(annee, cancellationToken);
        return entity is null ? RecomputeState.None : StateOf(entity);
    }

    public async Task<IAsyncDisposable> LockAsync(int annee, CancellationToken cancellationToken = default) =>
        await BlobLeaseLock.AcquireAsync(_locks.GetBlobClient($"indicateurs-{Key(annee)}"), _lockOptions, cancellationToken);

    /// <summary>Optimistic concurrency: 18 requests at once each retry until their increment lands on the version they read.</summary>
    private async Task UpdateAsync(int annee, Func<RecomputeState, RecomputeState> change, CancellationToken ct)
    {
        var random = Random.Shared;
        while (true)
        {
            var current = await FindAsync(annee, ct);
            var next = change(current is null ? RecomputeState.None : StateOf(current));
            var entity = new TableEntity(Partition, Key(annee))
            {
                [Requested] = next.Requested,
                [Computed] = next.Computed,
            };
            try
            {
                if (current is null)
                    await _table.AddEntityAsync(entity, ct);
                else
                    await _table.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, ct);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Someone else changed it first: read again, with a little jitter to spread the retries.
                await Task.Delay(random.Next(5, 50), ct);
            }
        }
    }

    private async Task<TableEntity?> FindAsync(int annee, CancellationToken ct)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, Key(annee), cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    private static RecomputeState StateOf(TableEntity e) => new(e.GetInt64(Requested) ?? 0, e.GetInt64(Computed) ?? 0);

    private static string Key(int annee) => annee.ToString(CultureInfo.InvariantCulture);
}
