namespace Fnavdl.Core.Ingestion;

/// <summary>
/// Where a file version's validation report goes in the reports area: next to the upload's own
/// path, one pair per version (the content hash tells versions apart), so the region finds it
/// under the same folder it uploaded to.
/// </summary>
public static class ReportPaths
{
    public static string Json(string uploadPath, string sha256) => $"{uploadPath}.{sha256[..12]}.rapport.json";

    public static string Html(string uploadPath, string sha256) => $"{uploadPath}.{sha256[..12]}.rapport.html";

    public static string Raw(string codeRegion, string uploadPath, string sha256) =>
        $"{codeRegion}/{sha256}{Path.GetExtension(uploadPath).ToLowerInvariant()}";
}
