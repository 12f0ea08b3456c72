using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;

namespace Fnavdl.FrontDoor;

/// <summary>Leaves the deposit to the platform (Event Grid → blob trigger).</summary>
public sealed class IngestByTrigger : IDepositProcessing
{
    public Task<IngestionRecord?> ProcessAsync(UploadRef upload, CancellationToken cancellationToken) => Task.FromResult<IngestionRecord?>(null);
}
