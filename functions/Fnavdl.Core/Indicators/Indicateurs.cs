namespace Fnavdl.Core.Indicators;

/// <summary>The indicator codes of indicators.md, in the order of its table (the order of the output).</summary>
public static class Indicateurs
{
    public const string NbProjets = "nb_projets";
    public const string MontantAccordeTotal = "montant_accorde_total";
    public const string MontantAccordeMoyen = "montant_accorde_moyen";
    public const string MontantAccordeMedian = "montant_accorde_median";
    public const string TauxCoPortage = "taux_co_portage";
    public const string TauxCoPortageMontant = "taux_co_portage_montant";
    public const string TauxPortageBailleur = "taux_portage_bailleur";
    public const string TauxImplicationEpci = "taux_implication_epci";
    public const string NbEpciDistincts = "nb_epci_distincts";
    public const string PartPopulationEpciImpliques = "part_population_epci_impliques";
    public const string PartProjetsThematique = "part_projets_thematique";
    public const string MontantThematique = "montant_thematique";
    public const string PartMontantThematique = "part_montant_thematique";
    public const string DiversiteThematique = "diversite_thematique";
    public const string Enveloppe = "enveloppe";
    public const string TauxEngagement = "taux_engagement";
    public const string MenagesPrevusTotal = "menages_prevus_total";
    public const string CoutMoyenParMenagePrevu = "cout_moyen_par_menage_prevu";
    public const string PartProjetsPluriannuels = "part_projets_pluriannuels";
    public const string MenagesAccompagnes = "menages_accompagnes";
    public const string TauxRelogement = "taux_relogement";
    public const string TauxMaintien = "taux_maintien";
    public const string CoutParMenageAccompagne = "cout_par_menage_accompagne";
    public const string NbRegionsDeclarantes = "nb_regions_declarantes";

    public static IReadOnlyList<string> All { get; } =
    [
        NbProjets, MontantAccordeTotal, MontantAccordeMoyen, MontantAccordeMedian, TauxCoPortage, TauxCoPortageMontant,
        TauxPortageBailleur, TauxImplicationEpci, NbEpciDistincts, PartPopulationEpciImpliques, PartProjetsThematique,
        MontantThematique, PartMontantThematique, DiversiteThematique, Enveloppe, TauxEngagement, MenagesPrevusTotal,
        CoutMoyenParMenagePrevu, PartProjetsPluriannuels, MenagesAccompagnes, TauxRelogement, TauxMaintien,
        CoutParMenageAccompagne, NbRegionsDeclarantes,
    ];

    private static readonly Dictionary<string, int> Ranks = All.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    internal static int Rank(string indicateur) => Ranks[indicateur];
}
