using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>
/// The values of the lineage columns a fact table's rows keep (<c>CommonDefinitions.Lineage</c>, those in the file):
/// the sheet and row, and the deposit's id. The rest of the lineage is the unit's <c>depots</c> file (<see cref="DepotFile"/>).
/// </summary>
internal static class LineageColumns
{
    public static ColumnValues<TRow> WithLineage<TRow>(this ColumnValues<TRow> values, Lineage lineage, Func<TRow, string?> sheet, Func<TRow, int> row)
    {
        values.Add("source_feuille", sheet);
        values.Add("source_ligne", row);
        values.Add("id_ingestion", _ => lineage.IngestionId);
        return values;
    }
}
