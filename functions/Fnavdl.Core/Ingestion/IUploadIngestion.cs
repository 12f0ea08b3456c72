using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// The one service a trigger or the CLI calls: read an upload from the store, validate it,
/// write its curated units and report, log the outcome. Safe to call several times for the same
/// upload (at-least-once delivery): the effect is that of one call.
/// A rejected file is an outcome, not an exception; only unexpected failures throw.
/// </summary>
public interface IUploadIngestion
{
    Task<IngestionRecord> IngestAsync(UploadRef upload, CancellationToken cancellationToken = default);
}
