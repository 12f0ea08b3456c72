using static Fnavdl.Core.Schema.Definition.CommonDefinitions;
using static Fnavdl.Core.Schema.Definition.Declare;

namespace Fnavdl.Core.Schema.Definition;

/// <summary>Kind <c>suivi</c> (report-format.md): yearly follow-up, one row per (project, year).</summary>
internal static class SuiviDefinition
{
    public static FieldDefinition Annee { get; } = CommonDefinitions.Annee(true, "Année d'activité", "Année d'activité suivie (4 chiffres).")
        with { Template = new("Année", "Année du suivi (AAAA).") };

    public static FieldDefinition IdProjet { get; } = CommonDefinitions.IdProjet(
        "Référence du projet suivi, telle que le fichier des projets de la région la donne (un projet inconnu est signalé, la ligne est conservée).")
        with { Template = new("N° projet", "Identifiant du projet tel que déposé dans le fichier des projets.") };

    public static FieldDefinition MenagesAccompagnes { get; } = Field("menages_accompagnes", FieldType.Integer, true, "Ménages accompagnés",
        "Nombre de ménages accompagnés dans l'année.",
        "ménages accompagnés", "ménages suivis", "nombre de ménages accompagnés")
        with { Minimum = 0, Example = "35", Template = new("Ménages accompagnés", "Nombre entier de ménages accompagnés.") };

    public static FieldDefinition MenagesSortis { get; } = Field("menages_sortis", FieldType.Integer, false, "Ménages sortis",
        "Nombre de ménages sortis du dispositif dans l'année ; au plus le nombre de ménages accompagnés.",
        "sorties", "ménages sortis", "ménages sortis du dispositif")
        with { Minimum = 0, Example = "12", Template = new("Ménages sortis", "Nombre de ménages sortis du dispositif (au plus les ménages accompagnés).") };

    public static FieldDefinition Relogements { get; } = Field("relogements", FieldType.Integer, false, "Relogements",
        "Ménages sortis relogés ; au plus le nombre de ménages sortis.",
        "relogés", "ménages relogés", "accès au logement")
        with { Minimum = 0, Example = "8", Template = new("Ménages relogés", "Nombre de relogements (au plus les ménages sortis).") };

    public static FieldDefinition Maintiens { get; } = Field("maintiens", FieldType.Integer, false, "Maintiens dans le logement",
        "Ménages sortis maintenus dans leur logement (expulsions évitées) ; au plus le nombre de ménages sortis.",
        "maintien dans le logement", "maintiens dans le logement", "expulsions évitées")
        with { Minimum = 0, Example = "3", Template = new("Maintiens dans le logement", "Nombre de maintiens dans le logement (au plus les ménages sortis).") };

    public static FieldDefinition MontantConsomme { get; } = Field("montant_consomme", FieldType.Amount, false, "Montant consommé (€)",
        "Dépenses réalisées dans l'année, en euros.",
        "montant consommé", "dépenses réalisées", "montant consommé (€)")
        with { Minimum = 0, Example = "48500,00", Template = new("Montant consommé (€)", "Dépenses réalisées, en euros.") };

    public static TableDefinition Table { get; } = new(
        TableNames.Suivi, ReportKind.Suivi, "Suivi annuel des projets FNAVDL",
        "Une ligne par projet et année d'activité : ménages accompagnés, sorties, relogements, maintiens et dépenses.",
        [CodeRegion, Annee, IdProjet, MenagesAccompagnes, MenagesSortis, Relogements, Maintiens, MontantConsomme],
        [
            StoredAnnee(Annee), StoredRegion, Stored(IdProjet), Stored(MenagesAccompagnes), Stored(MenagesSortis),
            Stored(Relogements), Stored(Maintiens), Stored(MontantConsomme), .. Lineage,
        ],
        [Annee.Name, IdProjet.Name]);
}
