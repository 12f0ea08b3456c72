namespace Fnavdl.Core.Ingestion;

/// <summary>
/// An uploaded file to ingest: its path inside the uploads area (<c>{code_region}/…/{file}</c>)
/// and the time it entered the store (the blob's upload time on Azure; locally, the time the file
/// was copied into <c>uploads/</c>, never the source file's own date), which decides which of two
/// versions of a unit is the newer.
/// </summary>
public sealed record UploadRef(string Path, DateTimeOffset UploadedAt);
