using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;
using B = Fnavdl.Core.Schema.Definition.BridgeDefinitions;
using C = Fnavdl.Core.Schema.Definition.CommonDefinitions;
using P = Fnavdl.Core.Schema.Definition.ProjetsDefinition;

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
            { P.Annee.Name, p => p.Annee },
            { C.CodeRegion.Name, p => p.CodeRegion },
            { P.AppelAProjets.Name, p => p.AppelAProjets },
            { P.DateDecision.Name, p => p.DateDecision },
            { P.IdProjet.Name, p => p.IdProjet },
            { C.CleProjet.Name, p => keys.Of(p) },
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

    public static LakeTable<ProjetTheme> Thematiques(LastProjectKey keys) => new ColumnValues<ProjetTheme>
    {
        { B.Thematique.Name, r => r.Thematique.Code },
        { B.LibelleSource.Name, r => r.Thematique.LibelleSource },
        { B.Poids.Name, r => r.Poids },
        { B.MontantPondere.Name, r => r.MontantPondere },
    }.WithProjectKey(r => r.Projet, keys).Bind(BridgeDefinitions.Thematiques);

    public static LakeTable<ProjetCode> Departements(LastProjectKey keys) => new ColumnValues<ProjetCode>
    {
        { B.CodeDepartement.Name, r => r.Code },
    }.WithProjectKey(r => r.Projet, keys).Bind(BridgeDefinitions.Departements);

    public static LakeTable<ProjetCode> Epci(LastProjectKey keys) => new ColumnValues<ProjetCode>
    {
        { B.SirenEpci.Name, r => r.Code },
    }.WithProjectKey(r => r.Projet, keys).Bind(BridgeDefinitions.Epci);

    public static LakeTable<ProjetCoPorteur> CoPorteurs(LastProjectKey keys) => new ColumnValues<ProjetCoPorteur>
    {
        { B.Rang.Name, r => r.Rang },
        { B.CoPorteur.Name, r => r.CoPorteur.Nom },
        { B.TypeCoPorteur.Name, r => r.CoPorteur.Type },
    }.WithProjectKey(r => r.Projet, keys).Bind(BridgeDefinitions.CoPorteurs);

    private static ColumnValues<TRow> WithProjectKey<TRow>(this ColumnValues<TRow> values, Func<TRow, Projet> projet, LastProjectKey key)
    {
        values.Add(P.Annee.Name, r => projet(r).Annee);
        values.Add(C.CodeRegion.Name, r => projet(r).CodeRegion);
        values.Add(P.AppelAProjets.Name, r => projet(r).AppelAProjets);
        values.Add(P.IdProjet.Name, r => projet(r).IdProjet);
        values.Add(C.CleProjet.Name, r => key.Of(projet(r)));
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
