namespace Fnavdl.Core.Storage;

/// <summary>A manifest's bytes and the tag a conditional replacement of them must name.</summary>
public sealed record StoredManifest(byte[] Content, string ETag);
