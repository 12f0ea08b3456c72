using Fnavdl.Core.Access;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Azure;

/// <summary>
/// The composition root on Azure Storage: the core services (<see cref="PipelineServices"/>) over the
/// account's store, plus the indicator refresh (ledger, queue, lookup index) the Function app runs.
/// The Function app registers these, the CLI's <c>--connection</c> mode and the Azurite tests use them.
/// </summary>
public sealed class AzurePipeline
{
    /// <param name="logger">Where waits for a unit lock held elsewhere are told (a holder that died keeps it until its lease expires).</param>
    public AzurePipeline(AzureStorageConnection connection, StorageNames names, AdministrativeReference reference,
        IngestionOptions options, TimeProvider clock, TimeSpan? refreshDelay = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Store = new AzurePipelineStore(connection.Blobs, connection.Tables, names, logger: logger);
        Core = new PipelineServices(Store, reference, options, clock);
        IndicatorStorage = new AzureIndicatorStorage(Store, connection);
        Refresh = new IndicatorRefreshRequester(IndicatorStorage.Ledger, IndicatorStorage.Queue, Store.Log,
            refreshDelay ?? IndicatorRefreshRequester.DefaultDelay);
        Ingestion = new IngestAndSchedule(Core.Ingestion, Refresh);
        Recompute = new IndicatorRecomputeService(Store, IndicatorStorage.Ledger, IndicatorStorage.Index, Core.Indicators);
        Query = new IndicatorsQueryService(IndicatorStorage.Index, Core.Reference);
    }

    public AzurePipelineStore Store { get; }
    public PipelineServices Core { get; }
    public AzureIndicatorStorage IndicatorStorage { get; }
    public IndicatorRefreshRequester Refresh { get; }

    /// <summary>The ingestion, then the recompute request of the years it changed (served by the queue function).</summary>
    public IUploadIngestion Ingestion { get; }
    public IndicatorRecomputeService Recompute { get; }
    public IndicatorsQueryService Query { get; }

    /// <summary>Creates the containers, tables and queue if missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await Store.EnsureCreatedAsync(cancellationToken);
        await IndicatorStorage.EnsureCreatedAsync(cancellationToken);
    }
}
