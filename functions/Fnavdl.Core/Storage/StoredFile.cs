namespace Fnavdl.Core.Storage;

public sealed record StoredFile(string Path, long Length, DateTimeOffset LastModified);
