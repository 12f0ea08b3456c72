using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Lake;

// The bridge rows are structs: there are several per project, and each lives only while its values are copied.

/// <summary>A row of <c>projets_thematiques</c>: a theme of a project and its share of the amount.</summary>
internal readonly record struct ProjetTheme(Projet Projet, Thematique Thematique, double Poids, decimal MontantPondere);

/// <summary>A row of <c>projets_departements</c> or <c>projets_epci</c>: a project and one code.</summary>
internal readonly record struct ProjetCode(Projet Projet, string Code);

/// <summary>A row of <c>projets_co_porteurs</c>: a co-carrier and its 1-based position in the file.</summary>
internal readonly record struct ProjetCoPorteur(Projet Projet, int Rang, CoPorteur CoPorteur);

/// <summary>
/// The <c>projets</c> table and its bridges: columns from their definitions (<see cref="ProjetsDefinition"/>,
/// <see cref="BridgeDefinitions"/>), values from the rows. The main table is scalar (lists joined with
/// <see cref="ListSeparator"/>, handy in Excel); each bridge is a long table that starts with the project's key.
/// </summary>
internal static class ProjetsTables
{
    public const string ListSeparator = " | ";

    /// <param name="keys">The unit's cache of its last project's key, shared with its bridges (each row's key is built once).</param>
    public static LakeTable<Projet> Main(Lineage lineage, LastProjectKey keys) => Values(lineage, keys).Bind(ProjetsDefinition.Table);

    /// <summary>Where each column of <c>projets</c> takes its value (a test binds them to a definition with one more column).</summary>
    public static ColumnValues<Projet> Values(Lineage lineage, LastProjectKey? keys = null)
    {
        keys ??= new LastProjectKey();
        return new ColumnValues<Projet>
        {
            { "annee", p => p.Annee },
            { "code_region", p => p.CodeRegion },
            { "appel_a_projets", p => p.AppelAProjets },
            { "date_decision", p => p.DateDecision },
            { "id_projet", p => p.IdProjet },
            { "cle_projet", p => keys.Of(p) },
            { "intitule", p => p.Intitule },
            { "porteur", p => p.Porteur },
            { "type_porteur", p => p.TypePorteur },
            { "siren_porteur", p => p.SirenPorteur },
            { "co_portage", p => p.CoPortage },
            { "co_portage_derive", p => p.CoPortageDerive },
            { "portage_bailleur", p => p.PortageBailleur },
            { "epci_implique", p => p.EpciImplique },
            { "thematiques", Joined(p => p.Thematiques.Count, (p, i) => p.Thematiques[i].Code) },
            { "departements", Joined(p => p.Departements.Count, (p, i) => p.Departements[i]) },
            { "epci", Joined(p => p.Epci.Count, (p, i) => p.Epci[i]) },
            { "co_porteurs", Joined(p => p.CoPorteurs.Count, (p, i) => p.CoPorteurs[i].Nom) },
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
    }

    public static LakeTable<ProjetTheme> Thematiques(LastProjectKey keys) => new ColumnValues<ProjetTheme>
    {
        { "thematique", r => r.Thematique.Code },
        { "libelle_source", r => r.Thematique.LibelleSource },
        { "poids", r => r.Poids },
        { "montant_pondere", r => r.MontantPondere },
    }.WithProjectKey(r => r.Projet, keys).Bind(BridgeDefinitions.Thematiques);

    public static LakeTable<ProjetCode> Departements(LastProjectKey keys) => new ColumnValues<ProjetCode>
    {
        { "code_departement", r => r.Code },
    }.WithProjectKey(r => r.Projet, keys).Bind(BridgeDefinitions.Departements);

    public static LakeTable<ProjetCode> Epci(LastProjectKey keys) => new ColumnValues<ProjetCode>
    {
        { "siren_epci", r => r.Code },
    }.WithProjectKey(r => r.Projet, keys).Bind(BridgeDefinitions.Epci);

    public static LakeTable<ProjetCoPorteur> CoPorteurs(LastProjectKey keys) => new ColumnValues<ProjetCoPorteur>
    {
        { "rang", r => r.Rang },
        { "co_porteur", r => r.CoPorteur.Nom },
        { "type_co_porteur", r => r.CoPorteur.Type },
    }.WithProjectKey(r => r.Projet, keys).Bind(BridgeDefinitions.CoPorteurs);

    private static ColumnValues<TRow> WithProjectKey<TRow>(this ColumnValues<TRow> values, Func<TRow, Projet> projet, LastProjectKey key)
    {
        values.Add("annee", r => projet(r).Annee);
        values.Add("code_region", r => projet(r).CodeRegion);
        values.Add("appel_a_projets", r => projet(r).AppelAProjets);
        values.Add("id_projet", r => projet(r).IdProjet);
        values.Add("cle_projet", r => key.Of(projet(r)));
        return values;
    }

    /// <summary>
    /// A project's rows come one after the other in its unit's five files (the writer adds the main row, then
    /// the bridges'): shared by the five, the key is built once per project, not once per file and row.
    /// </summary>
    internal sealed class LastProjectKey
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

    // Lists are joined as they are copied into the column's buffer: no joined string per project.
    private static JoinedList<Projet> Joined(Func<Projet, int> count, Func<Projet, int, string?> item) => new(count, item, ListSeparator);
}
