using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;

namespace Fnavdl.Functions;

// TODO(lead): replace by the core's ingestion service
/// <summary>
/// Placeholder registered until the core's ingestion service lands: the app starts and indexes
/// its functions, but an upload fails loudly instead of being silently skipped.
/// </summary>
public sealed class PendingIngestion : IUploadIngestion
{
    public Task<IngestionRecord> IngestAsync(UploadRef upload, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException($"The ingestion service is not wired yet; '{upload.Path}' was not ingested.");
}
