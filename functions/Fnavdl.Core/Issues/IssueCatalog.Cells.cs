namespace Fnavdl.Core.Issues;

// One cell, or one row against the others and the reference data.
public static partial class IssueCatalog
{
    public static class ValeurObligatoireManquante
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ValeurObligatoireManquante, Severity.Error, "Valeur obligatoire manquante",
            "Renseignez la valeur dans la cellule indiquée : ce champ est obligatoire sur chaque ligne.", IssueScope.Cell);

        public static readonly IssueTemplate Cellule = Definition.Template(
            "La colonne « {Colonne} » est vide sur cette ligne : la valeur du champ « {Champ} » est obligatoire.");
        public static readonly IssueTemplate ListeVide = Definition.Template("La liste de la colonne « {Colonne} » (champ « {Champ} ») est vide.");
        public static readonly IssueTemplate AnneeNonDeductible = Definition.Template(
            "L'année de programmation manque (colonne « {Colonne} ») et aucune date de décision ne permet de la déduire.");
    }

    public static class MontantInvalide
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.MontantInvalide, Severity.Error, "Montant invalide",
            "Écrivez un montant en euros, au centime près : « 3100000 », « 3 100 000,50 », « 3.100.000,50 € », « 3,1 M€ » ou « 450 k€ ».", IssueScope.Cell);

        public static readonly IssueTemplate Vide = Definition.Template("Le montant de la colonne « {Colonne} » est vide.");
        public static readonly IssueTemplate Illisible = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») n'est pas un montant en euros reconnu. "
            + "Formats acceptés : « 3100000 », « 3 100 000,50 », « 3.100.000,50 € », « 3,1 M€ », « 450 k€ ».");
        public static readonly IssueTemplate Implausible = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») n'est pas un montant plausible (mille milliards d'euros ou plus).");
        public static readonly IssueTemplate TropDeDecimales = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») a plus de deux décimales : un montant s'exprime en euros, au centime près (par exemple « 1 234,56 »).");
        public static readonly IssueTemplate TropDeDecimalesEnUnite = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} », en {Unite}) fait {Euros} € : un montant s'arrête au centime, "
            + "écrivez-le avec au plus {Decimales} décimales en {Unite}.");
    }

    /// <remarks>
    /// "12,500" may mean 12,50 €; "1.234" as decimals is 1,234 €, not a whole number of cents, so
    /// there the likelier other intent is a figure in thousands of euros: four wordings. A fifth: a cell
    /// that states a unit other than its column's header (« 93 500 € » under « Montant (k€) »).
    /// </remarks>
    public static class MontantAmbigu
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.MontantAmbigu, Severity.Error, "Montant ambigu",
            "Écrivez le montant sans séparateur de milliers (« 1234 ») ou avec des espaces (« 1 234 »), et la virgule pour les centimes (« 12,50 ») ; "
            + "sous un intitulé qui donne l'unité (« Montant (k€) »), écrivez le montant dans cette unité, sans unité dans la cellule.", IssueScope.Cell);

        public static readonly IssueTemplate PointOuCentimes = Definition.Template(Ambiguous("le point", Cents));
        public static readonly IssueTemplate PointOuMilliers = Definition.Template(Ambiguous("le point", Thousands));
        public static readonly IssueTemplate VirguleOuCentimes = Definition.Template(Ambiguous("la virgule", Cents));
        public static readonly IssueTemplate VirguleOuMilliers = Definition.Template(Ambiguous("la virgule", Thousands));
        public static readonly IssueTemplate UniteContradictoire = Definition.Template(
            "Montant ambigu dans la colonne « {Colonne} » : son intitulé annonce des {Unite}, mais la cellule « {Valeur} » indique sa propre unité. "
            + "Écrivez le montant en {Unite}, sans unité : « {EnUnite} » pour {Euros} €.");

        private const string Cents = "pour {EnDecimales} €, écrivez « {EnDecimales} » (deux chiffres après la virgule)";
        private const string Thousands = "pour un montant en milliers d'euros, indiquez l'unité (« {EnDecimales} k€ »)";

        private static string Ambiguous(string mark, string otherReading) =>
            $"Montant ambigu dans la colonne « {{Colonne}} » : « {{Valeur}} » peut se lire {{EnMilliers}} € ({mark} séparant les milliers) "
            + $"ou {{EnDecimales}} € ({mark} marquant les décimales). "
            + $"Pour {{EnMilliers}} €, écrivez « {{SansSeparateur}} » ou « {{EnMilliers}} » ; {otherReading}.";
    }

    public static class EntierInvalide
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.EntierInvalide, Severity.Error, "Nombre entier invalide",
            "Écrivez un nombre entier, sans décimales, les milliers séparés par une espace ou sans séparateur (« 1200 » ou « 1 200 »).", IssueScope.Cell);

        public static readonly IssueTemplate Vide = Definition.Template("La colonne « {Colonne} » est vide : un nombre entier est attendu.");
        public static readonly IssueTemplate Illisible = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») n'est pas un nombre entier (par exemple « 12 » ou « 1 200 »).");
        public static readonly IssueTemplate Decimales = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») n'est pas un nombre entier : écrivez-le sans décimales, les milliers séparés par une espace ou sans séparateur (par exemple « 1200 » ou « 1 200 »).");
        public static readonly IssueTemplate TropGrand = Definition.Template("« {Valeur} » (colonne « {Colonne} ») est un nombre trop grand.");
    }

    public static class DateInvalide
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.DateInvalide, Severity.Error, "Date invalide",
            "Écrivez une date existante au format « 15/01/2021 », « 15-01-2021 » ou « 2021-01-15 » (ou une cellule au format date du tableur).", IssueScope.Cell);

        public static readonly IssueTemplate Vide = Definition.Template("La date de la colonne « {Colonne} » est vide.");
        public static readonly IssueTemplate Illisible = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») n'est pas une date reconnue. Formats acceptés : « 15/01/2021 », « 15-01-2021 » ou « 2021-01-15 ».");
        public static readonly IssueTemplate AnneeSurDeuxChiffres = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») : l'année doit s'écrire avec quatre chiffres (par exemple « 15/01/2021 »).");
        public static readonly IssueTemplate Inexistante = Definition.Template("« {Valeur} » (colonne « {Colonne} ») n'est pas une date existante.");
        public static readonly IssueTemplate AnneeSeule = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») ressemble à une année, pas à une date : écrivez la date complète (par exemple « 15/01/{Valeur} »).");
    }

    public static class AnneeInvalide
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.AnneeInvalide, Severity.Error, "Année invalide",
            "Écrivez l'année avec quatre chiffres (par exemple « 2021 »), dans la plage acceptée par le format.", IssueScope.Cell);

        public static readonly IssueTemplate Vide = Definition.Template("L'année de la colonne « {Colonne} » est vide.");
        public static readonly IssueTemplate Illisible = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») n'est pas une année : écrivez-la avec quatre chiffres (par exemple « 2021 »).");
        public static readonly IssueTemplate HorsPlage = Definition.Template(
            "L'année {Annee} (colonne « {Colonne} ») est hors de la plage acceptée ({Min} à {Max}).");
        public static readonly IssueTemplate DateHorsPlage = Definition.Template(
            "L'année {Annee} de la date de la colonne « {Colonne} » (champ « {Champ} ») est hors de la plage acceptée ({Min} à {Max}).");
    }

    public static class BooleenInvalide
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.BooleenInvalide, Severity.Error, "Valeur oui/non invalide",
            "Écrivez oui ou non (sont aussi acceptés o/n, vrai/faux, 1/0, ou x pour oui).", IssueScope.Cell);

        public static readonly IssueTemplate Vide = Definition.Template("La colonne « {Colonne} » est vide : oui ou non est attendu.");
        public static readonly IssueTemplate Illisible = Definition.Template(
            "« {Valeur} » (colonne « {Colonne} ») n'est pas une valeur oui/non reconnue. Valeurs acceptées : oui/non, o/n, vrai/faux, 1/0, ou x pour oui.");
    }

    public static class ValeurHorsVocabulaire
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ValeurHorsVocabulaire, Severity.Error, "Valeur hors vocabulaire",
            "Choisissez l'une des valeurs de la liste du champ (les listes déroulantes du modèle de bilan les proposent).", IssueScope.Cell);

        public static readonly IssueTemplate TypePorteur = Definition.Template(
            "Type de porteur inconnu dans la colonne « {Colonne} » : valeurs attendues « association », « bailleur_social », « collectivite » ou « autre » (ou leurs synonymes : asso, OPH, ESH, CCAS, commune…).");
        public static readonly IssueTemplate Volet = Definition.Template(
            "Volet inconnu dans la colonne « {Colonne} » : valeurs attendues « vers » (accompagnement vers le logement), « dans » (dans le logement) ou « vers_et_dans ».");
    }

    public static class ValeurHorsPlage
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ValeurHorsPlage, Severity.Error, "Valeur hors plage",
            "Corrigez la valeur pour qu'elle respecte les bornes du champ (voir le message et les schémas publiés).", IssueScope.Cell);

        public static readonly IssueTemplate MontantNegatif = Definition.Template("Le montant de la colonne « {Colonne} » (champ « {Champ} ») doit être positif ou nul.");
        public static readonly IssueTemplate EntierMinimum = Definition.Template(
            "La colonne « {Colonne} » (champ « {Champ} ») doit contenir un entier supérieur ou égal à {Min}.");
        public static readonly IssueTemplate EntierEntre = Definition.Template(
            "La colonne « {Colonne} » (champ « {Champ} ») doit contenir un entier compris entre {Min} et {Max}.");
    }

    public static class SirenInvalide
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.SirenInvalide, Severity.Error, "SIREN ou SIRET invalide",
            "Recopiez le numéro depuis l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr) : 9 chiffres pour un SIREN, 14 pour un SIRET.", IssueScope.Cell);

        public static readonly IssueTemplate CleDeControle = Definition.Template(
            "Numéro SIREN (9 chiffres) ou SIRET (14 chiffres) invalide dans la colonne « {Colonne} » : la clé de contrôle ne correspond pas, ou le nombre de chiffres est faux.");
    }

    public static class RegionInconnue
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.RegionInconnue, Severity.Error, "Région inconnue",
            "Écrivez le code INSEE de la région (par ex. 93) ou son nom, ou laissez la colonne vide : la région est celle du dossier de dépôt.", IssueScope.Cell);

        public static readonly IssueTemplate Referentiel = Definition.Template(
            "La région de la colonne « {Colonne} » n'existe pas dans le référentiel INSEE (code ou nom de région attendu, par ex. 93 ou « Provence-Alpes-Côte d'Azur »).");
    }

    public static class DepartementInconnu
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.DepartementInconnu, Severity.Error, "Département inconnu",
            "Écrivez le code INSEE du département (par ex. 13, 2A, 971), plusieurs codes séparés par « | ».", IssueScope.Cell);

        public static readonly IssueTemplate Referentiel = Definition.Template("Code de département inconnu du référentiel INSEE (colonne « {Colonne} »).");
    }

    public static class EpciInconnu
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.EpciInconnu, Severity.Error, "EPCI inconnu",
            "Écrivez le SIREN (9 chiffres) d'un EPCI à fiscalité propre, plusieurs SIREN séparés par « | ».", IssueScope.Cell);

        public static readonly IssueTemplate Referentiel = Definition.Template(
            "SIREN d'EPCI inconnu de la liste officielle des EPCI à fiscalité propre (colonne « {Colonne} »).");
    }

    public static class DepartementHorsRegion
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.DepartementHorsRegion, Severity.Error, "Département hors de la région",
            "Ne citez que des départements de la région du dépôt ; un projet d'une autre région est déposé par celle-ci.", IssueScope.Cell);

        public static readonly IssueTemplate Departement = Definition.Template(
            "Le département {Departement} ({Nom}) de la colonne « {Colonne} » n'appartient pas à la région {Region}.");
    }

    public static class EpciHorsRegion
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.EpciHorsRegion, Severity.Error, "EPCI hors de la région",
            "Ne citez que des EPCI dont au moins une commune est dans la région du dépôt.", IssueScope.Cell);

        public static readonly IssueTemplate Epci = Definition.Template(
            "L'EPCI {Siren} ({Nom}) de la colonne « {Colonne} » n'a aucune commune membre dans la région {Region}.");
    }

    public static class IdProjetEnDouble
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.IdProjetEnDouble, Severity.Error, "Identifiant de projet en double",
            "Donnez à chaque projet d'un appel à projets un identifiant unique, ou supprimez la ligne répétée.", IssueScope.Cell);

        public static readonly IssueTemplate Appel = Definition.Template(
            "Le projet « {IdProjet} » (colonne « {Colonne} ») de l'appel « {Appel} » figure déjà ligne {PremiereLigne} : un identifiant de projet est unique par appel à projets.");
    }

    public static class LigneEnDouble
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.LigneEnDouble, Severity.Error, "Ligne en double",
            "Gardez une seule ligne pour cette clé (fusionnez les deux lignes ou supprimez celle qui est en trop).", IssueScope.Cell);

        public static readonly IssueTemplate Suivi = Definition.Template(
            "Le suivi du projet « {IdProjet} » (colonne « {Colonne} ») pour {Annee} figure déjà ligne {PremiereLigne}.");
        public static readonly IssueTemplate Enveloppe = Definition.Template(
            "L'enveloppe de {Annee} (colonne « {Colonne} ») figure déjà ligne {PremiereLigne} : une seule enveloppe par région et par année.");
    }

    public static class RegionDifferente
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.RegionDifferente, Severity.Error, "Autre région que celle du dépôt",
            "Retirez les lignes d'une autre région (elle dépose ses propres données), ou déposez le fichier dans le dossier de la bonne région.", IssueScope.Cell);

        public static readonly IssueTemplate Ligne = Definition.Template(
            "Cette ligne concerne la région {Region} ({Nom}), d'après la colonne « {Colonne} », alors que le fichier a été déposé pour la région {RegionDepot} : une région ne peut déposer que ses propres données.");
    }

    public static class IncoherenceMenages
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.IncoherenceMenages, Severity.Error, "Nombres de ménages incohérents",
            "Vérifiez les nombres : les ménages sortis sont au plus les ménages accompagnés, les relogements et les maintiens chacun au plus les ménages sortis.", IssueScope.Cell);

        public static readonly IssueTemplate SortisAuDelaDesAccompagnes = Definition.Template(
            "Plus de ménages sortis ({Sortis}, colonne « {Colonne} ») que de ménages accompagnés ({Accompagnes}).");
        public static readonly IssueTemplate RelogementsAuDelaDesSortis = Definition.Template(
            "Plus de relogements ({Relogements}, colonne « {Colonne} ») que de ménages sortis ({Sortis}).");
        public static readonly IssueTemplate MaintiensAuDelaDesSortis = Definition.Template(
            "Plus de maintiens dans le logement ({Maintiens}, colonne « {Colonne} ») que de ménages sortis ({Sortis}).");
    }

    public static class CaractereDeControle
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.CaractereDeControle, Severity.Error, "Caractère de contrôle invisible",
            "Supprimez le caractère invisible (il vient souvent d'un copier-coller depuis un autre logiciel) : retapez le texte si besoin.", IssueScope.Cell);

        public static readonly IssueTemplate Invisible = Definition.Template(
            "Le texte de la colonne « {Colonne} » (champ « {Champ} ») contient un caractère de contrôle invisible (U+{Point}) : " + Advice);
        public static readonly IssueTemplate Nul = Definition.Template(
            "Le texte de la colonne « {Colonne} » (champ « {Champ} ») contient un caractère de contrôle invisible (U+0000, caractère nul) : " + Advice);

        private const string Advice = "supprimez-le (il vient souvent d'un copier-coller depuis un autre logiciel).";
    }

    public static class TexteTropLong
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.TexteTropLong, Severity.Error, "Texte trop long",
            "Raccourcissez le texte sous la limite du champ (donnée dans le message et dans les schémas publiés).", IssueScope.Cell);

        public static readonly IssueTemplate Longueur = Definition.Template(
            "Le texte de la colonne « {Colonne} » (champ « {Champ} ») fait {Longueur} caractères, au-delà de la limite de {Max} pour ce champ : raccourcissez-le.");
        public static readonly IssueTemplate AuDelaDeLaCellule = Definition.Template(
            "Le texte de la colonne « {Colonne} » (champ « {Champ} ») fait plus de {Longueur} caractères, au-delà de la limite de {Max} pour ce champ : raccourcissez-le.");
    }
}
