using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;
using C = Fnavdl.Core.Schema.Definition.CommonDefinitions;
using E = Fnavdl.Core.Schema.Definition.EnveloppesDefinition;
using S = Fnavdl.Core.Schema.Definition.SuiviDefinition;

namespace Fnavdl.Core.Lake;

/// <summary>The <c>suivi</c> and <c>enveloppes</c> tables: columns from their definitions, values from the rows.</summary>
internal static class FactTables
{
    public static LakeTable<Suivi> Suivi(Lineage lineage) => new ColumnValues<Suivi>
    {
        { S.Annee.Name, s => s.Annee },
        { C.CodeRegion.Name, s => s.CodeRegion },
        { S.IdProjet.Name, s => s.IdProjet },
        { S.MenagesAccompagnes.Name, s => s.MenagesAccompagnes },
        { S.MenagesSortis.Name, s => s.MenagesSortis },
        { S.Relogements.Name, s => s.Relogements },
        { S.Maintiens.Name, s => s.Maintiens },
        { S.MontantConsomme.Name, s => s.MontantConsomme },
    }.WithLineage(lineage, s => s.SourceSheet, s => s.SourceRow).Bind(SuiviDefinition.Table);

    public static LakeTable<Enveloppe> Enveloppes(Lineage lineage) => new ColumnValues<Enveloppe>
    {
        { E.Annee.Name, e => e.Annee },
        { C.CodeRegion.Name, e => e.CodeRegion },
        { E.Enveloppe.Name, e => e.Montant },
    }.WithLineage(lineage, e => e.SourceSheet, e => e.SourceRow).Bind(EnveloppesDefinition.Table);
}
