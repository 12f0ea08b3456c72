using Fnavdl.Core.Issues;

namespace Fnavdl.Cli.Uploading;

/// <summary>A local file to ingest, and the path it takes in the uploads area.</summary>
/// <param name="Refusal">Why the file is refused before anything is written (a symbolic link, a path that climbs…); null when it can be uploaded.</param>
public sealed record UploadSource(string FilePath, string UploadPath, IssueMessage? Refusal = null);
