using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// An upload's path inside the uploads area: <c>{code_region}/{any/sub/path}/{file}</c>. The first
/// segment is the uploader's identity (each region may write under its own prefix only), so a path
/// is taken literally: it is checked, never resolved. A <c>..</c> segment would let one region
/// name another's folder, a control character would forge lines in logs and terminals, and a
/// name that is not valid UTF-8 would name a different file on each system that reads it.
/// </summary>
public static class UploadPath
{
    /// <summary>Why a path cannot be taken as an upload path, or null when it can.</summary>
    /// <remarks>Segments are read after <c>\</c> → <c>/</c>, as Windows tools and the blob portal write them.</remarks>
    public static IssueMessage? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var shown = PrintableText.Of(path);
        if (path.Length == 0 || path.Trim().Length == 0) return IssueCatalog.CheminInvalide.Vide.Format();
        foreach (var ch in path)
        {
            if (char.IsControl(ch))
                return IssueCatalog.CheminInvalide.CaractereDeControle.Format(("Chemin", shown));
        }
        if (!IsValidUnicode(path))
            return IssueCatalog.CheminInvalide.NonUtf8.Format(("Chemin", shown));
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment.Trim() is "." or "..")
                return IssueCatalog.CheminInvalide.SegmentRelatif.Format(("Chemin", shown), ("Segment", segment.Trim()));
        }
        return null;
    }

    /// <summary>The region code of a well-formed upload path, or null (with the reason).</summary>
    public static string? RegionOf(string path, AdministrativeReference reference, out IssueMessage? problem)
    {
        problem = Problem(path);
        if (problem is not null) return null;
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            problem = IssueCatalog.CheminInvalide.HorsDossierRegion.Format(("Chemin", path));
            return null;
        }
        if (reference.FindRegion(segments[0]) is not { } region || region.Code != segments[0])
        {
            problem = IssueCatalog.CheminInvalide.RegionNonInsee.Format(("Segment", segments[0]));
            return null;
        }
        return region.Code;
    }

    /// <summary>The region a refused path claims by its first segment, when that segment is a region code; else null.</summary>
    public static string? ClaimedRegion(string path, AdministrativeReference reference)
    {
        var first = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && reference.FindRegion(first) is { } region && region.Code == first ? region.Code : null;
    }

    /// <summary>Reads <c>\</c> as <c>/</c> and drops empty segments; never resolves <c>.</c> or <c>..</c>.</summary>
    public static string Normalise(string path) => string.Join('/', path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// No lone surrogate, and no U+FFFD: .NET decodes a file name's invalid UTF-8 bytes (Linux
    /// allows any bytes) to the replacement character, so its presence means the name was not UTF-8.
    /// </summary>
    private static bool IsValidUnicode(string path)
    {
        for (var i = 0; i < path.Length; i++)
        {
            var ch = path[i];
            if (ch == '\uFFFD') return false;
            if (char.IsHighSurrogate(ch) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1])) { i++; continue; }
            if (char.IsSurrogate(ch)) return false;
        }
        return true;
    }
}
