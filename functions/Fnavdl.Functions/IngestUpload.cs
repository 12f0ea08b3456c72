using Azure.Storage.Blobs;
using Fnavdl.Azure;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>
/// Runs the ingestion for each file a region drops in the uploads container (Event Grid
/// BlobCreated, at-least-once: the ingestion service is idempotent). No parsing here.
/// </summary>
public sealed class IngestUpload(IUploadIngestion ingestion, ILogger<IngestUpload> logger)
{
    /// <summary>
    /// "{name}" is the whole blob name: blob path parameters capture greedily ("(?&lt;p&gt;.*)"),
    /// so "{code_region}/{rest}" would bind the region to everything before the last '/'.
    /// The region is the first segment of the name instead.
    /// </summary>
    public const string BlobPath = "uploads/{name}";

    [Function(nameof(IngestUpload))]
    public async Task Run(
        [BlobTrigger(BlobPath, Source = BlobTriggerSource.EventGrid, Connection = StorageSettings.ConnectionName)] BlobClient blob,
        FunctionContext context)
    {
        var path = blob.Name;
        var region = path.Split('/', 2)[0];
        var properties = (await blob.GetPropertiesAsync(cancellationToken: context.CancellationToken)).Value;
        var uploadedAt = UploadTime.Of(properties);

        logger.LogInformation("Ingesting {Region} {Path} uploaded at {UploadedAt}", region, path, uploadedAt);
        var record = await ingestion.IngestAsync(new UploadRef(path, uploadedAt), context.CancellationToken);
        logger.LogInformation(
            "Ingested {Region} {Path} {Sha256}: {Outcome}, {Rows} rows, {Errors} errors, {Warnings} warnings in {DurationMs} ms",
            record.CodeRegion, record.SourcePath, record.Sha256, record.Outcome, record.Rows, record.Errors, record.Warnings, record.TotalMs);
        // A file stopped at its deadline is rejected (its report says why), not thrown: a retry would cost the same again.
        if (record.Outcome == IngestionOutcome.Rejected && record.FailureMessage is { } stopped)
            logger.LogWarning("Rejected {Region} {Path}: {Problem}", record.CodeRegion, record.SourcePath, stopped);
    }
}
