
namespace Fnavdl.Azure;

/// <summary>
/// The indicator refresh's adapters on the store's account: the lookup index (table "indicateurs",
/// one partition per year), the recompute ledger (partition "recalculs" of the same table, so the
/// deployment has no extra table; locks in the locks container), the request queue
/// ("recalcul-indicateurs"). Names follow the store's <see cref="StorageNames"/>.
/// </summary>
public sealed class AzureIndicatorStorage
{
    public AzureIndicatorStorage(AzurePipelineStore store, AzureStorageConnection connection, UnitLockOptions? lockOptions = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(connection);
        var names = store.Names;
        Ledger = new TableRecomputeLedger(
            connection.Tables.GetTableClient(names.IndicatorsTable), connection.Blobs.GetBlobContainerClient(names.Locks), lockOptions);
        Queue = new AzureRecomputeQueue(connection.Queues.GetQueueClient(names.RecomputeQueue));
        Index = new TableIndicatorIndex(connection.Tables.GetTableClient(names.IndicatorsTable));
    }

    public TableRecomputeLedger Ledger { get; }
    public AzureRecomputeQueue Queue { get; }
    public TableIndicatorIndex Index { get; }

    /// <summary>Creates the queue if missing (the tables come with <see cref="AzurePipelineStore.EnsureCreatedAsync"/>).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default) =>
        await Queue.Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
}
