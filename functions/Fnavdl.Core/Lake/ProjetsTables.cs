using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;
using B = Fnavdl.Core.Schema.Definition.BridgeDefinitions;
using C = Fnavdl.Core.Schema.Definition.CommonDefinitions;
using P = Fnavdl.Core.Schema.Definition.ProjetsDefinition;

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
            { P.Annee.Name, p => p.Annee },
            { C.CodeRegion.Name, p => p.CodeRegion },
            { P.AppelAProjets.Name, p => p.AppelAProjets },
            { P.DateDecision.Name, p => p.DateDecision },
            { P.IdProjet.Name, p => p.IdProjet },
            { C.NumProjet.Name, _ => numbers.Current },
            { P.Intitule.Name, p => p.Intitule },
            { P.Porteur.Name, p => p.Porteur },
            { P.TypePorteur.Name, p => p.TypePorteur },
            { P.SirenPorteur.Name, p => p.SirenPorteur },
            { P.CoPortage.Name, p => p.CoPortage },
            { P.CoPortageDerive.Name, p => p.CoPortageDerive },
            { P.PortageBailleur.Name, p => p.PortageBailleur },
            { P.EpciImplique.Name, p => p.EpciImplique },
            { P.Thematiques.Name, Joined(p => p.Thematiques.Count, (p, i) => p.Thematiques[i].Code) },
            { P.Departements.Name, Joined(p => p.Departements.Count, (p, i) => p.Departements[i]) },
            { P.Epci.Name, Joined(p => p.Epci.Count, (p, i) => p.Epci[i]) },
            { P.CoPorteurs.Name, Joined(p => p.CoPorteurs.Count, (p, i) => p.CoPorteurs[i].Nom) },
            { P.NbThematiques.Name, p => p.Thematiques.Count },
            { P.NbDepartements.Name, p => p.Departements.Count },
            { P.NbEpci.Name, p => p.Epci.Count },
            { P.NbCoPorteurs.Name, p => p.CoPorteurs.Count },
            { P.MontantAccorde.Name, p => p.MontantAccorde },
            { P.MontantDemande.Name, p => p.MontantDemande },
            { P.MenagesPrevus.Name, p => p.MenagesPrevus },
            { P.DureeMois.Name, p => p.DureeMois },
            { P.Volet.Name, p => p.Volet },
        }.WithLineage(lineage, p => p.SourceSheet, p => p.SourceRow);
    }

    public static LakeTable<ProjetTheme> Thematiques { get; } = new ColumnValues<ProjetTheme>
    {
        { C.NumProjet.Name, r => r.NumProjet },
        { B.Thematique.Name, r => r.Thematique.Code },
        { B.LibelleSource.Name, r => r.Thematique.LibelleSource },
        { B.Poids.Name, r => r.Poids },
        { B.MontantPondere.Name, r => r.MontantPondere },
    }.Bind(BridgeDefinitions.Thematiques);

    public static LakeTable<ProjetCode> Departements { get; } = new ColumnValues<ProjetCode>
    {
        { C.NumProjet.Name, r => r.NumProjet },
        { B.CodeDepartement.Name, r => r.Code },
    }.Bind(BridgeDefinitions.Departements);

    public static LakeTable<ProjetCode> Epci { get; } = new ColumnValues<ProjetCode>
    {
        { C.NumProjet.Name, r => r.NumProjet },
        { B.SirenEpci.Name, r => r.Code },
    }.Bind(BridgeDefinitions.Epci);

    public static LakeTable<ProjetCoPorteur> CoPorteurs { get; } = new ColumnValues<ProjetCoPorteur>
    {
        { C.NumProjet.Name, r => r.NumProjet },
        { B.Rang.Name, r => r.Rang },
        { B.CoPorteur.Name, r => r.CoPorteur.Nom },
        { B.TypeCoPorteur.Name, r => r.CoPorteur.Type },
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
