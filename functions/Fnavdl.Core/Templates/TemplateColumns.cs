using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Templates;

/// <summary>The template's columns per report kind, in the order of the spec (report-format.md).</summary>
internal static class TemplateColumns
{
    private const string Liste = " Plusieurs valeurs : séparez-les par « | » (la liste déroulante propose une valeur ; tapez les autres).";

    public static IReadOnlyList<TemplateColumn> Projets { get; } =
    [
        new("annee", "Année", "Année de programmation (AAAA), par ex. 2021. Facultative si la date de décision est remplie."),
        new("appel_a_projets", "Appel à projets", "Obligatoire. Nom de l'appel à projets, par ex. « AAP 2021-04 »."),
        new("date_decision", "Date de décision", "Date du comité (JJ/MM/AAAA)."),
        new("id_projet", "N° projet", "Obligatoire. Identifiant du projet, unique dans l'appel à projets."),
        new("intitule", "Intitulé du projet", "Obligatoire. Titre du projet."),
        new("porteur", "Porteur principal", "Obligatoire. Nom de la structure porteuse."),
        new("type_porteur", "Type de porteur", "Obligatoire. association, bailleur_social, collectivite ou autre.", TemplateList.CarrierTypes),
        new("siren_porteur", "SIREN/SIRET", "SIREN (9 chiffres) ou SIRET (14 chiffres) du porteur."),
        new("co_porteurs", "Co-porteur(s)", "Noms des co-porteurs." + Liste),
        new("types_co_porteurs", "Type(s) co-porteur(s)", "Type de chaque co-porteur, dans le même ordre." + Liste, TemplateList.CarrierTypesMany),
        new("co_portage", "Co-portage", "oui ou non (déduit des types de porteurs s'il est vide).", TemplateList.YesNo),
        new("thematiques", "Thématique(s)", "Obligatoire. Thématiques de la nomenclature FNAVDL." + Liste, TemplateList.Themes),
        new("departements", "Département(s)", "Obligatoire. Départements de votre région (code — nom, ou le code seul)." + Liste, TemplateList.Departements),
        new("epci", "EPCI partenaire(s)", "SIREN des EPCI partenaires (code — nom, ou le SIREN seul)." + Liste, TemplateList.Epci),
        new("montant_accorde", "Montant accordé (€)", "Obligatoire. Montant en euros, par ex. 45 000 ou 45 000,50."),
        new("montant_demande", "Montant demandé", "Montant sollicité, en euros."),
        new("menages_prevus", "Ménages prévus", "Nombre entier de ménages prévus."),
        new("duree_mois", "Durée (mois)", "Durée en mois, de 1 à 60."),
        new("volet", "Type d'accompagnement", "vers (vers le logement), dans (dans le logement) ou vers_et_dans.", TemplateList.Volets),
    ];

    public static IReadOnlyList<TemplateColumn> Suivi { get; } =
    [
        new("annee", "Année", "Obligatoire. Année du suivi (AAAA)."),
        new("id_projet", "N° projet", "Obligatoire. Identifiant du projet tel que déposé dans le fichier des projets."),
        new("menages_accompagnes", "Ménages accompagnés", "Obligatoire. Nombre entier de ménages accompagnés."),
        new("menages_sortis", "Ménages sortis", "Nombre de ménages sortis du dispositif (au plus les ménages accompagnés)."),
        new("relogements", "Ménages relogés", "Nombre de relogements (au plus les ménages sortis)."),
        new("maintiens", "Maintiens dans le logement", "Nombre de maintiens dans le logement (au plus les ménages sortis)."),
        new("montant_consomme", "Montant consommé (€)", "Dépenses réalisées, en euros."),
    ];

    public static IReadOnlyList<TemplateColumn> Enveloppes { get; } =
    [
        new("annee", "Année", "Obligatoire. Année de l'enveloppe (AAAA), une ligne par année."),
        new("enveloppe", "Enveloppe (€)", "Obligatoire. Crédits notifiés à la région, en euros."),
    ];

    public static IReadOnlyList<TemplateColumn> For(ReportKind kind) => kind switch
    {
        ReportKind.Projets => Projets,
        ReportKind.Suivi => Suivi,
        ReportKind.Enveloppes => Enveloppes,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
