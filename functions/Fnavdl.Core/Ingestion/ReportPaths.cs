using System.Security.Cryptography;
using System.Text;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// Where a file version's validation report goes in the reports area: next to the upload's own
/// path, one pair per version (the content hash tells versions apart), so the region finds it
/// under the same folder it uploaded to.
/// </summary>
/// <remarks>
/// File systems cap a name at 255 bytes, and the report adds a suffix to the upload's name: a
/// name too long to take the suffix keeps its start and gains a hash of the whole name, so the
/// report of a long-named upload is always writable and still tells two long names apart.
/// </remarks>
public static class ReportPaths
{
    /// <summary>Longest file name (in UTF-8 bytes) every store accepts: ext4, NTFS and blob segments.</summary>
    public const int MaxNameBytes = 255;

    private const int KeptNameBytes = 150;

    public static string Json(string uploadPath, string sha256) => WithSuffix(uploadPath, $".{Short(sha256)}.rapport.json");

    public static string Html(string uploadPath, string sha256) => WithSuffix(uploadPath, $".{Short(sha256)}.rapport.html");

    /// <summary>
    /// The HTML twin of a JSON report path, as the ingestion log records only the JSON one (an unchanged
    /// file points at its accepted twin's report; a refused path's report is under <see cref="RefusedPath"/>).
    /// </summary>
    public static string HtmlOf(string jsonReportPath) =>
        jsonReportPath.EndsWith(JsonExtension, StringComparison.Ordinal) ? jsonReportPath[..^JsonExtension.Length] + HtmlExtension : jsonReportPath;

    private const string JsonExtension = ".json";
    private const string HtmlExtension = ".html";

    /// <summary>
    /// The report of an upload whose path was refused: its path cannot name a folder (it may climb
    /// or hold control characters), so the report sits in the claimed region's own folder, under a
    /// hash of the path.
    /// </summary>
    public static string RefusedPath(string codeRegion, string uploadPath, string extension) =>
        $"{codeRegion}/chemins-refuses/{Hash(uploadPath)}.rapport.{extension}";

    private static string Short(string sha256) => sha256.Length >= 12 ? sha256[..12] : sha256;

    private static string WithSuffix(string uploadPath, string suffix)
    {
        var slash = uploadPath.LastIndexOf('/');
        var folder = uploadPath[..(slash + 1)];
        var name = uploadPath[(slash + 1)..];
        if (Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(suffix) <= MaxNameBytes)
            return folder + name + suffix;
        return folder + Prefix(name, KeptNameBytes) + "~" + Hash(name) + suffix;
    }

    /// <summary>The longest start of <paramref name="name"/> that fits in <paramref name="maxBytes"/>, cut between characters.</summary>
    private static string Prefix(string name, int maxBytes)
    {
        var bytes = 0;
        var length = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > maxBytes) break;
            length += rune.Utf16SequenceLength;
        }
        return name[..length];
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
