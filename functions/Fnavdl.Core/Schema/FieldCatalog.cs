namespace Fnavdl.Core.Schema;

/// <summary>
/// The canonical fields of each report kind and their header aliases (report-format.md).
/// Aliases are compared after <see cref="HeaderKey.Normalise"/>, so case, accents, spaces and
/// punctuation do not matter here.
/// </summary>
public static class FieldCatalog
{
    private static FieldDefinition F(string name, FieldType type, bool required, params string[] aliases) =>
        new(name, type, required, aliases);

    private static readonly FieldDefinition Region =
        F("code_region", FieldType.Region, false, "région", "region", "code région", "code region", "nom région");

    public static IReadOnlyList<FieldDefinition> Projets { get; } =
    [
        Region,
        // Required unless date_decision is present: the normaliser enforces that rule.
        F("annee", FieldType.Year, false, "année", "exercice", "année de programmation", "millésime"),
        F("appel_a_projets", FieldType.Text, true, "AAP", "appel", "appel à projets", "appel a projet", "session", "vague"),
        F("date_decision", FieldType.Date, false, "date de décision", "date comité", "date du comité", "date de validation"),
        F("id_projet", FieldType.Text, true, "n° projet", "numéro", "numéro de projet", "référence", "identifiant", "id"),
        F("intitule", FieldType.Text, true, "intitulé", "intitulé du projet", "titre", "nom du projet", "projet", "libellé"),
        F("porteur", FieldType.Text, true, "porteur principal", "structure porteuse", "nom du porteur"),
        F("type_porteur", FieldType.CarrierType, true, "type de porteur", "nature du porteur", "statut", "type porteur", "statut du porteur"),
        F("siren_porteur", FieldType.Siren, false, "SIREN", "SIRET", "SIREN porteur", "SIRET porteur", "SIREN/SIRET"),
        F("co_porteurs", FieldType.TextList, false, "co-porteur", "co-porteurs", "co-porteur(s)", "partenaire co-porteur", "partenaires co-porteurs"),
        F("types_co_porteurs", FieldType.CarrierTypeList, false, "type co-porteur", "types co-porteurs", "type(s) co-porteur(s)", "type des co-porteurs"),
        F("co_portage", FieldType.Boolean, false, "co-portage", "projet co-porté", "co-porté"),
        F("thematiques", FieldType.ThemeList, true, "thématique", "thématiques", "thématique(s)", "thème", "thèmes", "thème(s)", "public cible", "publics cibles", "public(s) cible(s)", "axe", "axes"),
        F("departements", FieldType.DepartmentList, true, "département", "départements", "département(s)", "dpt", "dpts", "territoire", "territoires"),
        F("epci", FieldType.EpciList, false, "EPCI partenaire", "EPCI partenaires", "EPCI partenaire(s)", "intercommunalité", "intercommunalités", "intercommunalité(s)", "SIREN EPCI"),
        F("montant_accorde", FieldType.Amount, true, "montant", "montant accordé", "montant accordé (€)", "subvention", "subvention accordée", "aide FNAVDL", "montant FNAVDL"),
        F("montant_demande", FieldType.Amount, false, "montant demandé", "montant sollicité"),
        F("menages_prevus", FieldType.Integer, false, "ménages prévus", "nombre de ménages", "nb ménages", "objectif ménages", "nombre de ménages prévus"),
        F("duree_mois", FieldType.Integer, false, "durée", "durée (mois)", "durée en mois"),
        F("volet", FieldType.Volet, false, "type d'accompagnement", "type accompagnement"),
    ];

    // Fields that projets also has take the same aliases in suivi and enveloppes (report-format.md).
    public static IReadOnlyList<FieldDefinition> Suivi { get; } =
    [
        Region,
        F("annee", FieldType.Year, true, "année", "exercice", "année de programmation", "millésime"),
        F("id_projet", FieldType.Text, true, "n° projet", "numéro", "numéro de projet", "référence", "identifiant", "id"),
        F("menages_accompagnes", FieldType.Integer, true, "ménages accompagnés", "ménages suivis", "nombre de ménages accompagnés"),
        F("menages_sortis", FieldType.Integer, false, "sorties", "ménages sortis", "ménages sortis du dispositif"),
        F("relogements", FieldType.Integer, false, "relogés", "ménages relogés", "accès au logement"),
        F("maintiens", FieldType.Integer, false, "maintien dans le logement", "maintiens dans le logement", "expulsions évitées"),
        F("montant_consomme", FieldType.Amount, false, "montant consommé", "dépenses réalisées", "montant consommé (€)"),
    ];

    public static IReadOnlyList<FieldDefinition> Enveloppes { get; } =
    [
        Region,
        F("annee", FieldType.Year, true, "année", "exercice", "année de programmation", "millésime"),
        F("enveloppe", FieldType.Amount, true, "enveloppe régionale", "dotation", "crédits notifiés", "enveloppe (€)"),
    ];

    public static IReadOnlyList<FieldDefinition> For(ReportKind kind) => kind switch
    {
        ReportKind.Projets => Projets,
        ReportKind.Suivi => Suivi,
        ReportKind.Enveloppes => Enveloppes,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
