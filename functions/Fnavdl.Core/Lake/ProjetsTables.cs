using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>A row of <c>projets_thematiques</c>.</summary>
internal sealed record ProjetTheme(Projet Projet, ThemeShare Share);

/// <summary>A row of <c>projets_departements</c> or <c>projets_epci</c>: a project and one code.</summary>
internal sealed record ProjetCode(Projet Projet, string Code);

/// <summary>A row of <c>projets_co_porteurs</c>: a co-carrier and its 1-based position in the file.</summary>
internal sealed record ProjetCoPorteur(Projet Projet, int Rang, CoPorteur CoPorteur);

/// <summary>
/// The <c>projets</c> table and its bridges. The main table is scalar (lists joined with
/// <see cref="ListSeparator"/>, handy in Excel); each bridge is a long table whose first four
/// columns are the project's key (annee, code_region, appel_a_projets, id_projet).
/// </summary>
internal static class ProjetsTables
{
    public const string ListSeparator = " | ";

    public static LakeTable<Projet> Main(Lineage lineage) => new(CuratedLayout.Projets,
    [
        Column.Int32<Projet>("annee", p => p.Annee),
        Column.Text<Projet>("code_region", p => p.CodeRegion),
        Column.Text<Projet>("appel_a_projets", p => p.AppelAProjets),
        Column.OptionalDate<Projet>("date_decision", p => p.DateDecision),
        Column.Text<Projet>("id_projet", p => p.IdProjet),
        Column.Text<Projet>("intitule", p => p.Intitule),
        Column.Text<Projet>("porteur", p => p.Porteur),
        Column.Text<Projet>("type_porteur", p => p.TypePorteur),
        Column.OptionalText<Projet>("siren_porteur", p => p.SirenPorteur),
        Column.OptionalBoolean<Projet>("co_portage", p => p.CoPortage),
        Column.Boolean<Projet>("co_portage_derive", p => p.CoPortageDerive),
        Column.Boolean<Projet>("portage_bailleur", p => p.PortageBailleur),
        Column.Boolean<Projet>("epci_implique", p => p.EpciImplique),
        Column.Text<Projet>("thematiques", p => string.Join(ListSeparator, p.Thematiques.Select(t => t.Code))),
        Column.Text<Projet>("departements", p => string.Join(ListSeparator, p.Departements)),
        Column.OptionalText<Projet>("epci", p => JoinOrNull(p.Epci)),
        Column.OptionalText<Projet>("co_porteurs", p => JoinOrNull(p.CoPorteurs.Select(c => c.Nom).ToList())),
        Column.Int32<Projet>("nb_thematiques", p => p.Thematiques.Count),
        Column.Int32<Projet>("nb_departements", p => p.Departements.Count),
        Column.Int32<Projet>("nb_epci", p => p.Epci.Count),
        Column.Int32<Projet>("nb_co_porteurs", p => p.CoPorteurs.Count),
        Column.Money<Projet>("montant_accorde", p => p.MontantAccorde),
        Column.OptionalMoney<Projet>("montant_demande", p => p.MontantDemande),
        Column.OptionalInt32<Projet>("menages_prevus", p => p.MenagesPrevus),
        Column.OptionalInt32<Projet>("duree_mois", p => p.DureeMois),
        Column.OptionalText<Projet>("volet", p => p.Volet),
        .. LineageColumns.For<Projet>(lineage, p => p.SourceSheet, p => p.SourceRow),
    ]);

    public static LakeTable<ProjetTheme> Thematiques { get; } = new(CuratedLayout.ProjetsThematiques,
    [
        .. Key<ProjetTheme>(r => r.Projet),
        Column.Text<ProjetTheme>("thematique", r => r.Share.Thematique.Code),
        Column.Text<ProjetTheme>("libelle_source", r => r.Share.Thematique.LibelleSource),
        Column.Double<ProjetTheme>("poids", r => r.Share.Poids),
        Column.Money<ProjetTheme>("montant_pondere", r => r.Share.MontantPondere),
    ]);

    public static LakeTable<ProjetCode> Departements { get; } = new(CuratedLayout.ProjetsDepartements,
    [
        .. Key<ProjetCode>(r => r.Projet),
        Column.Text<ProjetCode>("code_departement", r => r.Code),
    ]);

    public static LakeTable<ProjetCode> Epci { get; } = new(CuratedLayout.ProjetsEpci,
    [
        .. Key<ProjetCode>(r => r.Projet),
        Column.Text<ProjetCode>("siren_epci", r => r.Code),
    ]);

    public static LakeTable<ProjetCoPorteur> CoPorteurs { get; } = new(CuratedLayout.ProjetsCoPorteurs,
    [
        .. Key<ProjetCoPorteur>(r => r.Projet),
        Column.Int32<ProjetCoPorteur>("rang", r => r.Rang),
        Column.Text<ProjetCoPorteur>("co_porteur", r => r.CoPorteur.Nom),
        Column.OptionalText<ProjetCoPorteur>("type_co_porteur", r => r.CoPorteur.Type),
    ]);

    private static IEnumerable<LakeColumn<TRow>> Key<TRow>(Func<TRow, Projet> projet) =>
    [
        Column.Int32<TRow>("annee", r => projet(r).Annee),
        Column.Text<TRow>("code_region", r => projet(r).CodeRegion),
        Column.Text<TRow>("appel_a_projets", r => projet(r).AppelAProjets),
        Column.Text<TRow>("id_projet", r => projet(r).IdProjet),
    ];

    private static string? JoinOrNull(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(ListSeparator, values);
}
