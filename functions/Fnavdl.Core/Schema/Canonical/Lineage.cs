namespace Fnavdl.Core.Schema.Canonical;

/// <summary>
/// Where a curated row comes from (spec, "Derived fields"). Every field is deterministic for a
/// given upload, so re-ingesting the same blob writes the same bytes: the ingestion id is derived
/// from the upload's path and content hash, and the time is the upload's own timestamp.
/// </summary>
internal sealed record Lineage(
    string SourcePath,
    string FileSha256,
    string IngestionId,
    DateTimeOffset UploadedAt);
