using Fnavdl.Core.Indicators;
using Fnavdl.Core.Schema.Vocabularies;

namespace Fnavdl.Core.Summary;

/// <summary>
/// The labels and definitions of every figure of the summary, in French, after indicators.md's
/// table: the one place the HTML, the workbook and the JSON take them from.
/// </summary>
internal static class SummaryDefinitions
{
    public static IReadOnlyList<FigureDefinition> All { get; } =
    [
        new(Indicateurs.NbProjets, "Projets financés", "Nombre de projets de l'année (lignes « projets » consolidées)."),
        new(Indicateurs.MontantAccordeTotal, "Montant accordé", "Somme des montants accordés aux projets, en euros."),
        new(Indicateurs.MontantAccordeMoyen, "Montant moyen par projet", "Moyenne des montants accordés, en euros."),
        new(Indicateurs.MontantAccordeMedian, "Montant médian par projet", "Médiane des montants accordés (moyenne des deux valeurs centrales pour un nombre pair de projets)."),
        new(Indicateurs.TauxCoPortage, "Taux de co-portage", "Part des projets co-portés avec un bailleur social. Objectif de la réforme : un tiers."),
        new(Indicateurs.TauxCoPortageMontant, "Taux de co-portage (montants)", "Part du montant accordé qui va à des projets co-portés."),
        new(Indicateurs.TauxPortageBailleur, "Taux de portage par un bailleur", "Part des projets portés par un bailleur social. Objectif de la réforme : un tiers."),
        new(Indicateurs.TauxImplicationEpci, "Implication des EPCI", "Part des projets qui associent au moins un EPCI."),
        new(Indicateurs.NbEpciDistincts, "EPCI impliqués", "Nombre d'EPCI distincts (SIREN) nommés par les projets."),
        new(Indicateurs.PartPopulationEpciImpliques, "Population couverte par les EPCI impliqués", "Population municipale des EPCI impliqués rapportée à la population des communes du périmètre."),
        new(Indicateurs.PartProjetsThematique, "Part des projets par thématique", "Projets qui portent la thématique, rapportés au nombre de projets (un projet à deux thématiques compte pour les deux : la somme dépasse 100 %)."),
        new(Indicateurs.MontantThematique, "Montant par thématique", "Montant accordé réparti à parts égales entre les thématiques de chaque projet, en euros."),
        new(Indicateurs.PartMontantThematique, "Part du montant par thématique", "Montant par thématique rapporté au montant accordé total (la somme vaut 100 %)."),
        new(Indicateurs.DiversiteThematique, "Diversité thématique", "Indice de Gini-Simpson : 1 moins la somme des carrés des parts de montant par thématique."),
        new(Indicateurs.Enveloppe, "Enveloppe", "Somme des enveloppes régionales de l'année, en euros (national : des régions qui en ont une)."),
        new(Indicateurs.TauxEngagement, "Taux d'engagement de l'enveloppe", "Montant accordé rapporté à l'enveloppe (peut dépasser 100 % : une subvention peut couvrir plusieurs années)."),
        new(Indicateurs.MenagesPrevusTotal, "Ménages prévus", "Somme des ménages que les projets prévoient d'accompagner."),
        new(Indicateurs.CoutMoyenParMenagePrevu, "Coût moyen par ménage prévu", "Montant accordé des projets qui prévoient des ménages, rapporté à ces ménages, en euros."),
        new(Indicateurs.PartProjetsPluriannuels, "Part des projets pluriannuels", "Projets de plus de 12 mois rapportés aux projets dont la durée est connue."),
        new(Indicateurs.MenagesAccompagnes, "Ménages accompagnés", "Somme des ménages accompagnés déclarés dans le suivi de l'année."),
        new(Indicateurs.TauxRelogement, "Taux de relogement", "Relogements rapportés aux ménages sortis du dispositif, sur les lignes de suivi où les deux sont connus."),
        new(Indicateurs.TauxMaintien, "Taux de maintien dans le logement", "Maintiens rapportés aux ménages sortis du dispositif, sur les lignes de suivi où les deux sont connus."),
        new(Indicateurs.CoutParMenageAccompagne, "Coût par ménage accompagné", "Montant consommé rapporté aux ménages accompagnés, en euros."),
        new(Indicateurs.NbRegionsDeclarantes, "Régions déclarantes", "Régions (sur 18) ayant au moins un projet dans l'année."),
    ];

    private static readonly Dictionary<string, FigureDefinition> ByCode = All.ToDictionary(d => d.Indicateur, StringComparer.Ordinal);

    public static string Label(string indicateur) => ByCode.TryGetValue(indicateur, out var d) ? d.Libelle : indicateur;

    private static readonly Dictionary<string, string> ThemeLabels = ThemeVocabulary.All.ToDictionary(t => t.Code, t => t.Label, StringComparer.Ordinal);

    /// <summary>A theme's French label from the vocabulary ("Santé mentale" for <c>sante_mentale</c>); the code when unknown.</summary>
    public static string ThemeLabel(string code) => code == OtherTheme ? "Autres thématiques (hors vocabulaire)" : ThemeLabels.GetValueOrDefault(code, code);

    // The code a theme label matching no vocabulary entry is kept under (report-format.md, "Theme vocabulary").
    private const string OtherTheme = "autre";
}
