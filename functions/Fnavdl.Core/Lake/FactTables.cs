using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Lake;

/// <summary>The <c>suivi</c> and <c>enveloppes</c> tables: columns from their definitions, values from the rows.</summary>
internal static class FactTables
{
    public static LakeTable<Suivi> Suivi(Lineage lineage) => new ColumnValues<Suivi>
    {
        { "annee", s => s.Annee },
        { "code_region", s => s.CodeRegion },
        { "id_projet", s => s.IdProjet },
        { "menages_accompagnes", s => s.MenagesAccompagnes },
        { "menages_sortis", s => s.MenagesSortis },
        { "relogements", s => s.Relogements },
        { "maintiens", s => s.Maintiens },
        { "montant_consomme", s => s.MontantConsomme },
    }.WithLineage(lineage, s => s.SourceSheet, s => s.SourceRow).Bind(SuiviDefinition.Table);

    public static LakeTable<Enveloppe> Enveloppes(Lineage lineage) => new ColumnValues<Enveloppe>
    {
        { "annee", e => e.Annee },
        { "code_region", e => e.CodeRegion },
        { "enveloppe", e => e.Montant },
    }.WithLineage(lineage, e => e.SourceSheet, e => e.SourceRow).Bind(EnveloppesDefinition.Table);
}
