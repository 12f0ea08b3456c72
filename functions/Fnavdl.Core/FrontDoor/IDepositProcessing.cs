using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.FrontDoor;

/// <summary>What happens to a deposit once stored: locally it is ingested before the answer; on Azure the blob trigger takes it.</summary>
public interface IDepositProcessing
{
    /// <summary>The ingestion's record when it ran now, or null when it runs later (then the deposit is "en_cours").</summary>
    Task<IngestionRecord?> ProcessAsync(UploadRef upload, CancellationToken cancellationToken);
}

/// <summary>Ingests at once, with the same service as the CLI and the blob trigger.</summary>
public sealed class IngestNow(IUploadIngestion ingestion) : IDepositProcessing
{
    public async Task<IngestionRecord?> ProcessAsync(UploadRef upload, CancellationToken cancellationToken) =>
        await ingestion.IngestAsync(upload, cancellationToken);
}

/// <summary>Leaves the deposit to the platform (Event Grid → blob trigger).</summary>
public sealed class IngestByTrigger : IDepositProcessing
{
    public Task<IngestionRecord?> ProcessAsync(UploadRef upload, CancellationToken cancellationToken) => Task.FromResult<IngestionRecord?>(null);
}
