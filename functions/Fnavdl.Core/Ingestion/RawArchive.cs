namespace Fnavdl.Core.Ingestion;

/// <summary>
/// Where the raw archive (the store's <c>Raw</c> area) keeps an upload's bytes: one copy per content,
/// whatever the name it was uploaded under.
/// </summary>
public static class RawArchive
{
    /// <summary>The archive path of a file version: by content hash, with the upload's extension when it is a plain one.</summary>
    public static string PathOf(string codeRegion, string uploadPath, string sha256)
    {
        var extension = Path.GetExtension(uploadPath).ToLowerInvariant();
        var plain = extension.Length is >= 2 and <= 9 && extension.Skip(1).All(char.IsAsciiLetterOrDigit);
        return $"{codeRegion}/{sha256}{(plain ? extension : "")}";
    }
}
