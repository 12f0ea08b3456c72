using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>The values of the lineage columns every fact table ends with (<c>CommonDefinitions.Lineage</c>).</summary>
internal static class LineageColumns
{
    public static ColumnValues<TRow> WithLineage<TRow>(this ColumnValues<TRow> values, Lineage lineage, Func<TRow, string?> sheet, Func<TRow, int> row)
    {
        values.Add("source_chemin", _ => lineage.SourcePath);
        values.Add("source_sha256", _ => lineage.FileSha256);
        values.Add("source_feuille", sheet);
        values.Add("source_ligne", row);
        values.Add("id_ingestion", _ => lineage.IngestionId);
        values.Add("horodatage_depot", _ => lineage.UploadedAt);
        return values;
    }
}
