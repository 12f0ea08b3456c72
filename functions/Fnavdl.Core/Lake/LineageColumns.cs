using Fnavdl.Core.Schema.Canonical;
using C = Fnavdl.Core.Schema.Definition.CommonDefinitions;

namespace Fnavdl.Core.Lake;

/// <summary>The values of the lineage columns every fact table ends with (<c>CommonDefinitions.Lineage</c>).</summary>
internal static class LineageColumns
{
    public static ColumnValues<TRow> WithLineage<TRow>(this ColumnValues<TRow> values, Lineage lineage, Func<TRow, string?> sheet, Func<TRow, int> row)
    {
        values.Add(C.SourceChemin.Name, _ => lineage.SourcePath);
        values.Add(C.SourceSha256.Name, _ => lineage.FileSha256);
        values.Add(C.SourceFeuille.Name, sheet);
        values.Add(C.SourceLigne.Name, row);
        values.Add(C.IdIngestion.Name, _ => lineage.IngestionId);
        values.Add(C.HorodatageDepot.Name, _ => lineage.UploadedAt);
        return values;
    }
}
