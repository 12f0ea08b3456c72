using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// An upload's path inside the uploads area: <c>{code_region}/{any/sub/path}/{file}</c>. The first
/// segment is the uploader's identity (each region may write under its own prefix only).
/// </summary>
public static class UploadPath
{
    /// <summary>The region code of a well-formed upload path, or null (with the reason in French).</summary>
    public static string? RegionOf(string path, AdministrativeReference reference, out string? problem)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            problem = $"Le fichier « {path} » doit être déposé dans le dossier de sa région : uploads/{{code_region}}/…/fichier.";
            return null;
        }
        if (reference.FindRegion(segments[0]) is not { } region || region.Code != segments[0])
        {
            problem = $"« {segments[0]} » n'est pas un code de région INSEE : les fichiers se déposent sous uploads/{{code_region}}/ (par ex. uploads/93/).";
            return null;
        }
        problem = null;
        return region.Code;
    }

    public static string Normalise(string path) => string.Join('/', path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries));
}
