using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>
/// The writers of the one-table kinds, <c>suivi</c> and <c>enveloppes</c>: the same
/// <see cref="FactUnitWriter{TRow}"/>, given the kind's table, unit and file names (the table's, then the unit's <c>depots</c> file).
/// </summary>
internal static class FactUnitWriter
{
    public static FactUnitWriter<Suivi> Suivi(Lineage lineage, Func<string, Stream> openOutput, int rowGroupSize = UnitWriting.DefaultRowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        return new(FactTables.Suivi(lineage), lineage, s => (s.CodeRegion, s.Annee),
            CuratedLayout.SuiviUnitKey, (r, a) => CuratedLayout.SuiviFiles(r, a, lineage.IngestionId), openOutput, rowGroupSize);
    }

    public static FactUnitWriter<Enveloppe> Enveloppes(Lineage lineage, Func<string, Stream> openOutput, int rowGroupSize = UnitWriting.DefaultRowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        return new(FactTables.Enveloppes(lineage), lineage, e => (e.CodeRegion, e.Annee),
            CuratedLayout.EnveloppesUnitKey, (r, a) => CuratedLayout.EnveloppesFiles(r, a, lineage.IngestionId), openOutput, rowGroupSize);
    }
}
