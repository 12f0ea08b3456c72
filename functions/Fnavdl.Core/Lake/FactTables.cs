using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>The <c>suivi</c> and <c>enveloppes</c> tables.</summary>
internal static class FactTables
{
    public static LakeTable<Suivi> Suivi(Lineage lineage) => new(CuratedLayout.Suivi,
    [
        Column.Int32<Suivi>("annee", s => s.Annee),
        Column.Text<Suivi>("code_region", s => s.CodeRegion),
        Column.Text<Suivi>("id_projet", s => s.IdProjet),
        Column.Int32<Suivi>("menages_accompagnes", s => s.MenagesAccompagnes),
        Column.OptionalInt32<Suivi>("menages_sortis", s => s.MenagesSortis),
        Column.OptionalInt32<Suivi>("relogements", s => s.Relogements),
        Column.OptionalInt32<Suivi>("maintiens", s => s.Maintiens),
        Column.OptionalMoney<Suivi>("montant_consomme", s => s.MontantConsomme),
        .. LineageColumns.For<Suivi>(lineage, s => s.SourceSheet, s => s.SourceRow),
    ]);

    public static LakeTable<Enveloppe> Enveloppes(Lineage lineage) => new(CuratedLayout.Enveloppes,
    [
        Column.Int32<Enveloppe>("annee", e => e.Annee),
        Column.Text<Enveloppe>("code_region", e => e.CodeRegion),
        Column.Money<Enveloppe>("enveloppe", e => e.Montant),
        .. LineageColumns.For<Enveloppe>(lineage, e => e.SourceSheet, e => e.SourceRow),
    ]);
}
