using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Lake;

/// <summary>A row of <c>projets_thematiques</c>.</summary>
internal sealed record ProjetTheme(Projet Projet, ThemeShare Share);

/// <summary>A row of <c>projets_departements</c> or <c>projets_epci</c>: a project and one code.</summary>
internal sealed record ProjetCode(Projet Projet, string Code);

/// <summary>A row of <c>projets_co_porteurs</c>: a co-carrier and its 1-based position in the file.</summary>
internal sealed record ProjetCoPorteur(Projet Projet, int Rang, CoPorteur CoPorteur);

/// <summary>
/// The <c>projets</c> table and its bridges: columns from their definitions (<see cref="ProjetsDefinition"/>,
/// <see cref="BridgeDefinitions"/>), values from the rows. The main table is scalar (lists joined with
/// <see cref="ListSeparator"/>, handy in Excel); each bridge is a long table that starts with the project's key.
/// </summary>
internal static class ProjetsTables
{
    public const string ListSeparator = " | ";

    public static LakeTable<Projet> Main(Lineage lineage) => Values(lineage).Bind(ProjetsDefinition.Table);

    /// <summary>Where each column of <c>projets</c> takes its value (a test binds them to a definition with one more column).</summary>
    public static ColumnValues<Projet> Values(Lineage lineage) => new ColumnValues<Projet>
    {
        { "annee", p => p.Annee },
        { "code_region", p => p.CodeRegion },
        { "appel_a_projets", p => p.AppelAProjets },
        { "date_decision", p => p.DateDecision },
        { "id_projet", p => p.IdProjet },
        { "cle_projet", p => p.CleProjet },
        { "intitule", p => p.Intitule },
        { "porteur", p => p.Porteur },
        { "type_porteur", p => p.TypePorteur },
        { "siren_porteur", p => p.SirenPorteur },
        { "co_portage", p => p.CoPortage },
        { "co_portage_derive", p => p.CoPortageDerive },
        { "portage_bailleur", p => p.PortageBailleur },
        { "epci_implique", p => p.EpciImplique },
        { "thematiques", p => string.Join(ListSeparator, p.Thematiques.Select(t => t.Code)) },
        { "departements", p => string.Join(ListSeparator, p.Departements) },
        { "epci", p => JoinOrNull(p.Epci) },
        { "co_porteurs", p => JoinOrNull(p.CoPorteurs.Select(c => c.Nom).ToList()) },
        { "nb_thematiques", p => p.Thematiques.Count },
        { "nb_departements", p => p.Departements.Count },
        { "nb_epci", p => p.Epci.Count },
        { "nb_co_porteurs", p => p.CoPorteurs.Count },
        { "montant_accorde", p => p.MontantAccorde },
        { "montant_demande", p => p.MontantDemande },
        { "menages_prevus", p => p.MenagesPrevus },
        { "duree_mois", p => p.DureeMois },
        { "volet", p => p.Volet },
    }.WithLineage(lineage, p => p.SourceSheet, p => p.SourceRow);

    public static LakeTable<ProjetTheme> Thematiques => new ColumnValues<ProjetTheme>
    {
        { "thematique", r => r.Share.Thematique.Code },
        { "libelle_source", r => r.Share.Thematique.LibelleSource },
        { "poids", r => r.Share.Poids },
        { "montant_pondere", r => r.Share.MontantPondere },
    }.WithProjectKey(r => r.Projet).Bind(BridgeDefinitions.Thematiques);

    public static LakeTable<ProjetCode> Departements => new ColumnValues<ProjetCode>
    {
        { "code_departement", r => r.Code },
    }.WithProjectKey(r => r.Projet).Bind(BridgeDefinitions.Departements);

    public static LakeTable<ProjetCode> Epci => new ColumnValues<ProjetCode>
    {
        { "siren_epci", r => r.Code },
    }.WithProjectKey(r => r.Projet).Bind(BridgeDefinitions.Epci);

    public static LakeTable<ProjetCoPorteur> CoPorteurs => new ColumnValues<ProjetCoPorteur>
    {
        { "rang", r => r.Rang },
        { "co_porteur", r => r.CoPorteur.Nom },
        { "type_co_porteur", r => r.CoPorteur.Type },
    }.WithProjectKey(r => r.Projet).Bind(BridgeDefinitions.CoPorteurs);

    // A bridge table is bound once per unit file (each access above builds one), so the key cache is the file's own.
    private static ColumnValues<TRow> WithProjectKey<TRow>(this ColumnValues<TRow> values, Func<TRow, Projet> projet)
    {
        var key = new LastProjectKey();
        values.Add("annee", r => projet(r).Annee);
        values.Add("code_region", r => projet(r).CodeRegion);
        values.Add("appel_a_projets", r => projet(r).AppelAProjets);
        values.Add("id_projet", r => projet(r).IdProjet);
        values.Add("cle_projet", r => key.Of(projet(r)));
        return values;
    }

    /// <summary>A project's bridge rows come one after the other: its key is built once per file, not once per row.</summary>
    private sealed class LastProjectKey
    {
        private Projet? _projet;
        private string _key = "";

        public string Of(Projet projet)
        {
            if (!ReferenceEquals(projet, _projet))
            {
                _key = projet.CleProjet;
                _projet = projet;
            }
            return _key;
        }
    }

    private static string? JoinOrNull(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(ListSeparator, values);
}
