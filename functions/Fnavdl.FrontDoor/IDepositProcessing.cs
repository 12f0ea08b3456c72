using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;

namespace Fnavdl.FrontDoor;

/// <summary>What happens to a deposit once stored: locally it is ingested before the answer; on Azure the blob trigger takes it.</summary>
public interface IDepositProcessing
{
    /// <summary>The ingestion's record when it ran now, or null when it runs later (then the deposit is "en_cours").</summary>
    Task<IngestionRecord?> ProcessAsync(UploadRef upload, CancellationToken cancellationToken);
}
