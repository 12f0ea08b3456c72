using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Validation;

/// <summary>
/// The optional `code_region` cell of a row: the blob path's region is authoritative, so a row
/// may restate it (by code, name or abbreviation) but never name another region.
/// </summary>
internal static class RegionCheck
{
    public static void Check(RowReader row, int column, string uploadRegion, AdministrativeReference reference)
    {
        var text = row.Text(column, "code_region", required: false);
        if (text is null) return;
        if (!reference.TryResolveRegion(text, out var region))
        {
            row.Error(IssueCodes.RegionInconnue, "Cette région n'existe pas dans le référentiel INSEE (code ou nom de région attendu, par ex. 93 ou « Provence-Alpes-Côte d'Azur »).", "code_region", text);
            return;
        }
        if (region.Code != uploadRegion)
            row.Error(IssueCodes.RegionDifferente,
                $"Cette ligne concerne la région {region.Code} ({region.Nom}) alors que le fichier a été déposé pour la région {uploadRegion} : une région ne peut déposer que ses propres données.",
                "code_region", text);
    }
}
