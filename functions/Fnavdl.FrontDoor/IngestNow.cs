using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;

namespace Fnavdl.FrontDoor;

/// <summary>Ingests at once (<c>fnavdl serve</c>), with the same service as the CLI and the blob trigger, and its per-file deadline.</summary>
public sealed class IngestNow(IUploadIngestion ingestion) : IDepositProcessing
{
    public async Task<IngestionRecord?> ProcessAsync(UploadRef upload, CancellationToken cancellationToken) =>
        await ingestion.IngestAsync(upload, cancellationToken);
}
