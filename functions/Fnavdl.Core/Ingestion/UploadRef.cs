namespace Fnavdl.Core.Ingestion;

/// <summary>
/// An uploaded file to ingest: its path inside the uploads area (<c>{code_region}/…/{file}</c>)
/// and the time it was uploaded (blob creation time, or file modification time locally), which
/// decides which of two versions of a unit is the newer.
/// </summary>
public sealed record UploadRef(string Path, DateTimeOffset UploadedAt);
