namespace Fnavdl.Cli.Uploading;

/// <summary>A local file to ingest, and the path it takes in the uploads area.</summary>
public sealed record UploadSource(string FilePath, string UploadPath);
