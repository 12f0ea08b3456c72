using Fnavdl.Core.Schema.Canonical;
using C = Fnavdl.Core.Schema.Definition.CommonDefinitions;

namespace Fnavdl.Core.Lake;

/// <summary>
/// The values of the lineage columns a fact table's rows keep (<c>CommonDefinitions.Lineage</c>, those in the file):
/// the sheet and row, and the deposit's id. The rest of the lineage is the unit's <c>depots</c> file (<see cref="DepotFile"/>).
/// </summary>
internal static class LineageColumns
{
    public static ColumnValues<TRow> WithLineage<TRow>(this ColumnValues<TRow> values, Lineage lineage, Func<TRow, string?> sheet, Func<TRow, int> row)
    {
        values.Add(C.SourceFeuille.Name, sheet);
        values.Add(C.SourceLigne.Name, row);
        values.Add(C.IdIngestion.Name, _ => lineage.IngestionId);
        return values;
    }
}
