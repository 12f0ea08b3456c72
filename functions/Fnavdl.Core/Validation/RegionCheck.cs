using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;
using C = Fnavdl.Core.Schema.Definition.CommonDefinitions;

namespace Fnavdl.Core.Validation;

/// <summary>
/// The optional `code_region` cell of a row: the blob path's region is authoritative, so a row
/// may restate it (by code, name or abbreviation) but never name another region.
/// </summary>
internal static class RegionCheck
{
    public static void Check(RowReader row, int column, string uploadRegion, AdministrativeReference reference)
    {
        var text = row.Text(column, C.CodeRegion.Name, required: false);
        if (text is null) return;
        if (!reference.TryResolveRegion(text, out var region))
        {
            row.Raise(IssueCatalog.RegionInconnue.Referentiel.Format(), C.CodeRegion.Name, text);
            return;
        }
        if (region.Code != uploadRegion)
            row.Raise(IssueCatalog.RegionDifferente.Ligne.Format(("Region", region.Code), ("Nom", region.Nom), ("RegionDepot", uploadRegion)),
                C.CodeRegion.Name, text);
    }
}
