namespace Fnavdl.Core.Issues;

// The file as a whole: format, size, encoding, path, header.
public static partial class IssueCatalog
{
    public static class FichierIllisible
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.FichierIllisible, Severity.Error, "Fichier illisible",
            "Ouvrez le fichier dans le logiciel qui l'a produit et enregistrez-le de nouveau dans un format accepté (CSV UTF-8, XLSX, ODS ou JSON UTF-8), puis déposez-le.");

        public static readonly IssueTemplate JsonNonUtf8 = Definition.Template(
            "Le fichier JSON n'est pas encodé en UTF-8 (caractères accentués illisibles). Enregistrez-le en UTF-8 et déposez-le de nouveau.");
        public static readonly IssueTemplate JsonSyntaxe = Definition.Template(JsonSyntax(""));
        public static readonly IssueTemplate JsonSyntaxeLigne = Definition.Template(JsonSyntax(" à la ligne {Ligne}"));
        public static readonly IssueTemplate JsonSyntaxeLignePosition = Definition.Template(JsonSyntax(" à la ligne {Ligne}, position {Position}"));
        public static readonly IssueTemplate JsonPasUnTableau = Definition.Template(JsonShape("la valeur de « {Cle} » n'est pas un tableau d'objets"));
        public static readonly IssueTemplate JsonTableauEnDouble = Definition.Template(
            JsonShape("le tableau « {Cle} » figure deux fois dans l'objet principal : une clé ne peut être répétée"));
        public static readonly IssueTemplate JsonAucunTableau = Definition.Template(
            JsonShape("l'objet principal ne contient aucun tableau « projets », « suivi » ou « enveloppes »"));
        public static readonly IssueTemplate JsonNiTableauNiObjet = Definition.Template(JsonShape("le document ne contient ni tableau ni objet"));
        public static readonly IssueTemplate JsonElementPasUnObjet = Definition.Template(
            JsonShape("l'élément n° {Numero} du tableau n'est pas un objet"));
        public static readonly IssueTemplate JsonElementDuTableauPasUnObjet = Definition.Template(
            JsonShape("l'élément n° {Numero} du tableau « {Tableau} » n'est pas un objet"));
        public static readonly IssueTemplate XlsxArchiveInvalide = Definition.Template(Xlsx("ce n'est pas une archive ZIP valide ou elle est endommagée"));
        public static readonly IssueTemplate XlsxFeuilleEndommagee = Definition.Template(Xlsx("une feuille est endommagée"));
        public static readonly IssueTemplate XlsxClasseurEndommage = Definition.Template(Xlsx("le classeur est endommagé ou n'est pas au format XLSX"));
        public static readonly IssueTemplate XlsPasUnClasseur = Definition.Template(
            Xls("il n'en a pas la structure (une page web ou un fichier XML enregistré sous l'extension .xls, par exemple)"));
        public static readonly IssueTemplate XlsClasseurEndommage = Definition.Template(Xls("le classeur est endommagé"));
        public static readonly IssueTemplate XlsFeuilleEndommagee = Definition.Template(Xls("une feuille est endommagée"));
        public static readonly IssueTemplate XlsbArchiveInvalide = Definition.Template(Xlsb("ce n'est pas une archive ZIP valide ou elle est endommagée"));
        public static readonly IssueTemplate XlsbClasseurEndommage = Definition.Template(Xlsb("le classeur est endommagé ou n'est pas au format XLSB"));
        public static readonly IssueTemplate XlsbFeuilleEndommagee = Definition.Template(Xlsb("une feuille est endommagée"));
        public static readonly IssueTemplate OdsArchiveInvalide = Definition.Template(Ods("ce n'est pas une archive ZIP valide ou elle est endommagée"));
        public static readonly IssueTemplate OdsDonneesCompresseesInvalides = Definition.Template(
            Ods("l'archive est endommagée (données compressées invalides)"));
        public static readonly IssueTemplate OdsTypeInattendu = Definition.Template(Ods("son type est « {Type} » et non celui d'un classeur OpenDocument"));
        public static readonly IssueTemplate OdsSansContenu = Definition.Template(Ods("il ne contient pas de partie « content.xml »"));
        public static readonly IssueTemplate OdsArchiveFalsifiee = Definition.Template(
            Ods("la partie « {Partie} » se décompresse au-delà de la taille qu'elle annonce ({Taille}) — archive falsifiée"));
        public static readonly IssueTemplate OdsDtd = Definition.Template(
            Ods("son contenu XML déclare une DTD, ce qu'un classeur ne fait jamais et qui est refusé par sécurité"));
        public static readonly IssueTemplate OdsXmlMalForme = Definition.Template(Ods("son contenu XML est mal formé (ligne {Ligne}, position {Position})"));
        public static readonly IssueTemplate LectureInterrompue = Definition.Template(
            "Le fichier n'a pas pu être lu jusqu'au bout : il est endommagé ou sa structure est inattendue. "
            + "Vérifiez qu'il s'ouvre correctement et réenregistrez-le.");

        private static string JsonSyntax(string where) =>
            $"Le fichier n'est pas un JSON valide : erreur de syntaxe{where}. "
            + "Vérifiez les guillemets, virgules et accolades autour de cet endroit, et que le fichier est enregistré en UTF-8.";

        private static string JsonShape(string reason) =>
            $"Le fichier JSON n'a pas la forme attendue : {reason}. "
            + "Attendu : un tableau d'objets (un objet par ligne), ou un objet contenant un tableau « projets », « suivi » ou « enveloppes ».";

        private static string Xlsx(string reason) =>
            $"Le fichier n'est pas un classeur XLSX lisible : {reason}. "
            + "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau au format « Classeur Excel (.xlsx) ».";

        private static string Xls(string reason) =>
            $"Le fichier n'est pas un classeur Excel 97-2003 (.xls) lisible : {reason}. "
            + "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau au format « Classeur Excel (.xlsx) ».";

        private static string Xlsb(string reason) =>
            $"Le fichier n'est pas un classeur binaire Excel (.xlsb) lisible : {reason}. "
            + "Ouvrez-le dans Excel et enregistrez-le de nouveau au format « Classeur Excel (.xlsx) ».";

        private static string Ods(string reason) =>
            $"Le fichier n'est pas un classeur ODS lisible : {reason}. "
            + "Ouvrez-le dans LibreOffice Calc et enregistrez-le de nouveau au format « Classeur ODF (.ods) ».";
    }

    public static class FormatNonSupporte
    {
        // The formats are the readers' own list: a format read is a format offered, and no other.
        public static readonly IssueDefinition Definition = new(IssueCodes.FormatNonSupporte, Severity.Error, "Format non pris en charge",
            $"Déposez un fichier {Schema.FileFormats.Names} (le modèle de bilan existe en XLSX et en ODS).");

        public static readonly IssueTemplate Extension = Definition.Template(
            $"Format de fichier non pris en charge ({{Extension}}) : déposez un fichier {Schema.FileFormats.Names}.");
        public static readonly IssueTemplate SansExtension = Definition.Template(
            $"Format de fichier non pris en charge (le nom du fichier n'a pas d'extension) : déposez un fichier {Schema.FileFormats.Names}.");
    }

    public static class DelaiDepasse
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.DelaiDepasse, Severity.Error, "Délai de traitement dépassé",
            "Découpez le fichier (par exemple par année ou par appel à projets) ou enregistrez-le en CSV, puis recommencez ; "
            + "si le fichier est de taille ordinaire, réessayez plus tard ou signalez-le à l'équipe nationale.");

        public static readonly IssueTemplate Verification = Definition.Template(
            "La vérification a été arrêtée au bout de {Delai} (délai d'une requête, réglage {Reglage}) : le fichier est trop long à lire. "
            + "Rien n'a été enregistré. Découpez-le (par exemple par année ou par appel à projets) ou enregistrez-le en CSV, puis vérifiez-le de nouveau.");
        public static readonly IssueTemplate Integration = Definition.Template(
            "L'intégration a été arrêtée au bout de {Delai} (délai d'un fichier, réglage {Reglage}) : le fichier est trop long à lire et n'a pas été intégré. "
            + "Découpez-le (par exemple par année ou par appel à projets) ou enregistrez-le en CSV, puis déposez-le de nouveau.");
    }

    public static class FichierTropVolumineux
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.FichierTropVolumineux, Severity.Error, "Fichier trop volumineux",
            "Découpez le fichier (par exemple par année ou par appel à projets), ou demandez à l'équipe nationale de relever la limite.");

        public static readonly IssueTemplate TailleConnue = Definition.Template(
            "Le fichier fait {Taille}, au-delà de la limite de {Limite} ({LimiteOctets} octets)" + Advice);
        public static readonly IssueTemplate TailleInconnue = Definition.Template(
            "Le fichier dépasse la limite de {Limite} ({LimiteOctets} octets)" + Advice);

        private const string Advice =
            " : découpez-le (par exemple par année ou par appel à projets), ou demandez à l'équipe nationale de relever la limite (réglage {Reglage}).";
    }

    public static class XlsxTropVolumineux
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.XlsxTropVolumineux, Severity.Error, "Classeur XLSX trop volumineux",
            "Enregistrez les données dans un classeur plus léger (sans images ni onglets superflus) ou en CSV.");

        public static readonly IssueTemplate Decompresse = Definition.Template(Expanded("XLSX"));
    }

    public static class OdsTropVolumineux
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.OdsTropVolumineux, Severity.Error, "Classeur ODS trop volumineux",
            "Supprimez dans LibreOffice Calc les lignes, colonnes, images et onglets superflus, puis enregistrez de nouveau le classeur (ou exportez-le en CSV).");

        public static readonly IssueTemplate Decompresse = Definition.Template(Expanded("ODS"));
        public static readonly IssueTemplate ColonneAuDela = Definition.Template(
            Refused("une cellule non vide se trouve au-delà de la colonne {MaxColonnes}, la dernière d'une feuille"));
        public static readonly IssueTemplate LigneAuDela = Definition.Template(
            Refused("une ligne non vide se trouve au-delà de la ligne {MaxLignes}, la dernière d'une feuille"));
        public static readonly IssueTemplate LigneRepetee = Definition.Template(
            Refused("la ligne {Ligne} est répétée {Repetitions} fois à l'identique (au plus {MaxRepetitions} répétitions sont acceptées)"));
        public static readonly IssueTemplate CelluleTropLongue = Definition.Template(
            Refused("la cellule {Cellule} contient plus de {MaxCaracteres} caractères, la limite d'une cellule de tableur"));
        public static readonly IssueTemplate CelluleDeLigneTropLongue = Definition.Template(
            Refused("une cellule de la ligne {Ligne} contient plus de {MaxCaracteres} caractères, la limite d'une cellule de tableur"));

        private static string Refused(string reason) =>
            $"Le classeur ODS est refusé : {reason}. Supprimez les lignes et colonnes superflues dans LibreOffice Calc, puis enregistrez-le de nouveau.";
    }

    /// <summary>A file whose reading would cost more than its bytes allow (Reading/README.md, the cost model).</summary>
    public static class FichierDisproportionne
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.FichierDisproportionne, Severity.Error, "Fichier disproportionné",
            "Enregistrez de nouveau le fichier depuis votre tableur après avoir supprimé les lignes, colonnes, onglets et textes superflus, "
            + "ou exportez la feuille du bilan en CSV.");

        public static readonly IssueTemplate Cellules = Definition.Template(
            "Le fichier est refusé à la ligne {Ligne} : il y donne déjà plus de {MaxCellules} lignes et cellules à lire, bien plus qu'un fichier "
            + "de {Taille} n'en contient d'ordinaire (lignes ou cellules répétées, feuilles démesurées).");
        public static readonly IssueTemplate Decompresse = Definition.Template(
            "Le classeur est refusé : une fois décompressé, il dépasse {Limite} en lisant la partie « {Partie} », plus de "
            + "{Facteur} fois la taille du fichier ({Taille}), quand un classeur ordinaire se décompresse en 3 à 15 fois sa taille.");
        public static readonly IssueTemplate TextesPartages = Definition.Template(
            "Le classeur XLSX est refusé : ses textes partagés (xl/sharedStrings.xml) dépassent {Limite} au texte n° {Numero}, plus de "
            + "{Facteur} fois la taille du fichier ({Taille}).");
        public static readonly IssueTemplate TextesPartagesXlsb = Definition.Template(
            "Le classeur XLSB est refusé : ses textes partagés (xl/sharedStrings.bin) dépassent {Limite} au texte n° {Numero}, plus de "
            + "{Facteur} fois la taille du fichier ({Taille}).");
        public static readonly IssueTemplate ColonneAuDela = Definition.Template(
            "Le fichier est refusé à la ligne {Ligne} : elle porte une valeur au-delà de la colonne {MaxColonnes} (XFD), la dernière d'un tableur, "
            + "quand un bilan en compte une trentaine.");
        public static readonly IssueTemplate ClesJson = Definition.Template(
            "Le fichier JSON est refusé à l'objet n° {Numero} : avec ceux qui le précèdent, il porte plus de {MaxColonnes} clés différentes "
            + "(les colonnes d'un tableur), quand un bilan en compte une trentaine.");
        public static readonly IssueTemplate FormatsDeNombre = Definition.Template(
            "Le classeur est refusé : il déclare plus de {Limite} formats de nombre, quand un classeur en compte quelques dizaines.");
        public static readonly IssueTemplate BlocXml = Definition.Template(
            "Le classeur est refusé : la partie « {Partie} » contient plus de {Limite} d'un seul tenant sans balise (un texte ou un attribut "
            + "démesuré), ce qu'aucune cellule ne contient.");
    }

    public static class CheminInvalide
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.CheminInvalide, Severity.Error, "Chemin de dépôt invalide",
            "Renommez le fichier ou le dossier (sans caractère de contrôle, ni segment « . » ou « .. ») et déposez-le dans le dossier de sa région : uploads/{code_region}/…");

        public static readonly IssueTemplate Vide = Definition.Template("Le chemin du fichier est vide.");
        public static readonly IssueTemplate CaractereDeControle = Definition.Template(
            "Le chemin « {Chemin} » contient un caractère de contrôle (retour à la ligne, tabulation, caractère nul…) : renommez le fichier ou le dossier.");
        public static readonly IssueTemplate NonUtf8 = Definition.Template(
            "Le chemin « {Chemin} » n'est pas un nom UTF-8 valide (caractères illisibles) : renommez le fichier ou le dossier.");
        public static readonly IssueTemplate SegmentRelatif = Definition.Template(
            "Le chemin « {Chemin} » contient un segment « {Segment} » : un dépôt ne peut ni remonter ni désigner un autre dossier. Renommez le fichier ou le dossier.");
        public static readonly IssueTemplate HorsDossierRegion = Definition.Template(
            "Le fichier « {Chemin} » doit être déposé dans le dossier de sa région : uploads/{{code_region}}/…/fichier.");
        public static readonly IssueTemplate RegionNonInsee = Definition.Template(
            "« {Segment} » n'est pas un code de région INSEE : les fichiers se déposent sous uploads/{{code_region}}/ (par ex. uploads/93/).");
        public static readonly IssueTemplate LienSymbolique = Definition.Template(
            "« {Chemin} » est un lien symbolique : il n'est pas suivi, déposez ou validez le fichier lui-même.");
    }

    public static class EnTeteIntrouvable
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.EnTeteIntrouvable, Severity.Error, "En-tête introuvable",
            "Placez au-dessus des données une ligne portant les intitulés des colonnes, comme dans le modèle de bilan (les lignes de titre au-dessus sont tolérées).");

        public static readonly IssueTemplate Fichier = Definition.Template(
            "Aucune ligne d'en-tête reconnaissable. Colonnes attendues — {Attendues}. Colonnes trouvées : {Trouvees}.");
        public static readonly IssueTemplate FichierSansColonne = Definition.Template(
            "Aucune ligne d'en-tête reconnaissable. Colonnes attendues — {Attendues}. Colonnes trouvées : aucune.");
        public static readonly IssueTemplate Feuille = Definition.Template(
            "Aucune ligne d'en-tête reconnaissable dans la feuille « {Feuille} ». Colonnes attendues — {Attendues}. Colonnes trouvées : {Trouvees}.");
        public static readonly IssueTemplate FeuilleSansColonne = Definition.Template(
            "Aucune ligne d'en-tête reconnaissable dans la feuille « {Feuille} ». Colonnes attendues — {Attendues}. Colonnes trouvées : aucune.");
    }

    public static class ColonneObligatoireManquante
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ColonneObligatoireManquante, Severity.Error, "Colonne obligatoire manquante",
            "Ajoutez la colonne sous l'un des intitulés reconnus (voir le modèle de bilan ou les schémas publiés), ou renommez la colonne qui la contient.", IssueScope.Column);

        public static readonly IssueTemplate Colonne = Definition.Template(
            "Il manque la colonne obligatoire « {Champ} » (intitulés reconnus : {Intitules}).");
        public static readonly IssueTemplate AnneeSansDateDecision = Definition.Template(
            "Il manque la colonne « annee » (année de programmation) ; elle n'est facultative que si la colonne « date_decision » est présente.");
    }

    public static class ColonneEnDouble
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ColonneEnDouble, Severity.Error, "Colonne en double",
            "Gardez une seule colonne par champ : supprimez les autres ou renommez-les.", IssueScope.Column);

        public static readonly IssueTemplate Colonnes = Definition.Template(
            "La colonne « {Colonne} » correspond au même champ « {Champ} » que {Autres} : gardez-en une seule.");
    }

    public static class ColonneInconnue
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ColonneInconnue, Severity.Warning, "Colonne non prévue",
            "Vérifiez l'intitulé (une faute de frappe empêche de reconnaître la colonne) ; si la colonne n'est pas prévue par le format, elle peut rester ou être supprimée.", IssueScope.Column);

        public static readonly IssueTemplate Ignoree = Definition.Template("La colonne « {Colonne} » n'est pas prévue par le format : elle est ignorée.");
        public static readonly IssueTemplate UniteNonConvertible = Definition.Template(
            "La colonne « {Colonne} » donnerait le champ « {Champ} », mais son unité « {Unite} » ne se convertit pas en euros : elle est ignorée. "
            + "Donnez les montants en euros (€), en milliers d'euros (k€) ou en millions d'euros (M€), et indiquez l'unité dans l'intitulé.");
    }

    public static class AucuneLigne
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.AucuneLigne, Severity.Error, "Aucune ligne de données",
            "Saisissez les données sous la ligne d'en-tête, ou vérifiez que le fichier déposé est le bon (pour un classeur, la première feuille qui a un en-tête est lue).");

        public static readonly IssueTemplate SousEnTete = Definition.Template("Le fichier a un en-tête mais aucune ligne de données.");
    }

    public static class EncodageIllisible
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.EncodageIllisible, Severity.Error, "Encodage illisible",
            "Enregistrez le fichier en « CSV UTF-8 » (Excel : Fichier > Enregistrer sous > CSV UTF-8) et déposez-le de nouveau.");

        public static readonly IssueTemplate Utf16SansBom = Definition.Template(
            "Le fichier est encodé en UTF-16 sans marque d'ordre des octets (BOM) : illisible dès la ligne 1. "
            + "Enregistrez-le en « CSV UTF-8 » (Excel : Fichier > Enregistrer sous > CSV UTF-8) et déposez-le de nouveau.");
        public static readonly IssueTemplate EncodagesMelanges = Definition.Template(
            "Le fichier mélange deux encodages : il est en UTF-8, mais la ligne {Ligne} contient des caractères d'un autre encodage "
            + "(Windows-1252, copiés d'un autre fichier). Corrigez les caractères accentués de cette ligne, puis enregistrez le fichier en « CSV UTF-8 ».");
    }

    public static class GuillemetNonFerme
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.GuillemetNonFerme, Severity.Error, "Guillemet non refermé",
            "Refermez le guillemet, ou doublez-le (\"\") s'il fait partie du texte.");

        public static readonly IssueTemplate Ligne = Definition.Template(
            "Le guillemet (\") ouvert ligne {Ligne} n'est jamais refermé : toutes les lignes suivantes seraient lues comme une seule valeur. "
            + "Refermez-le, ou doublez-le (\"\") s'il fait partie du texte.");
    }

    public static class EnregistrementTropLong
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.EnregistrementTropLong, Severity.Error, "Ligne trop longue",
            "Vérifiez que le fichier est bien un CSV (un enregistrement par ligne) et qu'aucun texte n'a été collé par erreur dans la ligne indiquée.");

        public static readonly IssueTemplate Ligne = Definition.Template(
            "La ligne {Ligne} dépasse {MaxCaracteres} caractères : ce n'est pas une ligne de bilan. "
            + "Vérifiez que le fichier est bien un CSV (un enregistrement par ligne) et que cette ligne ne contient pas un texte collé par erreur.");
    }

    public static class ClasseurProtege
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ClasseurProtege, Severity.Error, "Classeur protégé par un mot de passe",
            "Retirez le mot de passe du classeur (Excel ou LibreOffice), enregistrez-le et déposez-le de nouveau.");

        public static readonly IssueTemplate Xlsx = Definition.Template(
            "Le classeur est protégé par un mot de passe : il ne peut pas être lu. Ouvrez-le dans Excel ou LibreOffice, "
            + "retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, puis videz le champ), "
            + "enregistrez-le et déposez-le de nouveau.");
        public static readonly IssueTemplate Ods = Definition.Template(
            "Le classeur ODS est protégé par un mot de passe : son contenu est chiffré et ne peut pas être lu. "
            + "Ouvrez-le dans LibreOffice Calc, puis « Fichier › Enregistrer sous » en décochant « Enregistrer avec mot de passe ».");
    }

    public static class CleEnDouble
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.CleEnDouble, Severity.Error, "Clé JSON en double",
            "Dans chaque objet du JSON, gardez une seule valeur par clé.");

        public static readonly IssueTemplate Objet = Definition.Template(
            "La clé « {Cle} » figure plusieurs fois dans l'objet n° {Numero} : gardez une seule valeur.");
    }

    private static string Expanded(string format) =>
        $"Le classeur {format} occupe {{Taille}} une fois décompressé, au-delà de la limite de {{Limite}}. "
        + "Enregistrez les données dans un classeur plus léger (sans images ni onglets superflus) ou en CSV.";
}
