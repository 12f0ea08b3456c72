namespace Fnavdl.Azure;

/// <summary>What a sync did: files downloaded, kept as they were, deleted because their blob is gone.</summary>
public sealed record MirrorResult(int Downloaded, int Unchanged, int Deleted);
