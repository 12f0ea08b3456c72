using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Lake;

// The bridge rows are structs: there are several per project, and each lives only while its values are copied.
// A bridge row names its project by number (num_projet, its 1-based row in the unit's projets file), not by the
// four key columns and cle_projet: those are the projets row's, joined back by the views.

/// <summary>A row of <c>projets_thematiques</c>: a theme of a project and its share of the amount.</summary>
internal readonly record struct ProjetTheme(int NumProjet, Thematique Thematique, double Poids, decimal MontantPondere);

/// <summary>A row of <c>projets_departements</c> or <c>projets_epci</c>: a project and one code.</summary>
internal readonly record struct ProjetCode(int NumProjet, string Code);

/// <summary>A row of <c>projets_co_porteurs</c>: a co-carrier and its 1-based position in the file.</summary>
internal readonly record struct ProjetCoPorteur(int NumProjet, int Rang, CoPorteur CoPorteur);

/// <summary>
/// The <c>projets</c> table and its bridges: columns from their definitions (<see cref="ProjetsDefinition"/>,
/// <see cref="BridgeDefinitions"/>), values from the rows. The main table is scalar (lists joined with
/// <see cref="ListSeparator"/>, handy in Excel); each bridge is a long table that starts with the project's number.
/// </summary>
internal static class ProjetsTables
{
    public const string ListSeparator = " | ";

    /// <param name="numbers">The unit's count of projects, which the writer advances before each row.</param>
    public static LakeTable<Projet> Main(Lineage lineage, ProjectNumber numbers) => Values(lineage, numbers).Bind(ProjetsDefinition.Table);

    /// <summary>Where each column of <c>projets</c> takes its value (a test binds them to a definition with one more column).</summary>
    public static ColumnValues<Projet> Values(Lineage lineage, ProjectNumber? numbers = null)
    {
        numbers ??= new ProjectNumber();
        return new ColumnValues<Projet>
        {
            { "annee", p => p.Annee },
            { "code_region", p => p.CodeRegion },
            { "appel_a_projets", p => p.AppelAProjets },
            { "date_decision", p => p.DateDecision },
            { "id_projet", p => p.IdProjet },
            { "num_projet", _ => numbers.Current },
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

    public static LakeTable<ProjetTheme> Thematiques { get; } = new ColumnValues<ProjetTheme>
    {
        { "num_projet", r => r.NumProjet },
        { "thematique", r => r.Thematique.Code },
        { "libelle_source", r => r.Thematique.LibelleSource },
        { "poids", r => r.Poids },
        { "montant_pondere", r => r.MontantPondere },
    }.Bind(BridgeDefinitions.Thematiques);

    public static LakeTable<ProjetCode> Departements { get; } = new ColumnValues<ProjetCode>
    {
        { "num_projet", r => r.NumProjet },
        { "code_departement", r => r.Code },
    }.Bind(BridgeDefinitions.Departements);

    public static LakeTable<ProjetCode> Epci { get; } = new ColumnValues<ProjetCode>
    {
        { "num_projet", r => r.NumProjet },
        { "siren_epci", r => r.Code },
    }.Bind(BridgeDefinitions.Epci);

    public static LakeTable<ProjetCoPorteur> CoPorteurs { get; } = new ColumnValues<ProjetCoPorteur>
    {
        { "num_projet", r => r.NumProjet },
        { "rang", r => r.Rang },
        { "co_porteur", r => r.CoPorteur.Nom },
        { "type_co_porteur", r => r.CoPorteur.Type },
    }.Bind(BridgeDefinitions.CoPorteurs);

    /// <summary>The number of the unit's project being written (1 for the first): <c>num_projet</c> of its row and of its bridge rows.</summary>
    internal sealed class ProjectNumber
    {
        public int Current { get; private set; }

        public int Next() => ++Current;
    }

    // Lists are joined as they are copied into the column's buffer: no joined string per project.
    private static JoinedList<Projet> Joined(Func<Projet, int> count, Func<Projet, int, string?> item) => new(count, item, ListSeparator);
}
