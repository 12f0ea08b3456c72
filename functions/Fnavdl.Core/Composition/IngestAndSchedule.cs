using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Composition;

/// <summary>
/// The ingestion the Functions app runs: the core ingestion, then the recompute request of the years
/// it changed. A decorator of <see cref="IUploadIngestion"/>, so the trigger still calls one service
/// and the ingestion itself knows nothing of indicators. The request comes after the commit: a
/// recompute that reads the counter it bumped is sure to read the committed files.
/// </summary>
public sealed class IngestAndSchedule(IUploadIngestion ingestion, IndicatorRefreshRequester requester) : IUploadIngestion
{
    public async Task<IngestionRecord> IngestAsync(UploadRef upload, CancellationToken cancellationToken = default)
    {
        var record = await ingestion.IngestAsync(upload, cancellationToken);
        // Throws if the request cannot be recorded: the trigger retries, the ingestion answers
        // "unchanged", and the requester asks again for the accepted version's years.
        await requester.RequestAsync(record, cancellationToken);
        return record;
    }
}
