namespace Fnavdl.Core.Issues;

// Warnings: the file is accepted, the region is told what was assumed.
public static partial class IssueCatalog
{
    public static class ThematiqueInconnue
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ThematiqueInconnue, Severity.Warning, "Thématique hors nomenclature",
            "Choisissez une thématique de la nomenclature FNAVDL (liste du modèle de bilan) si l'une convient ; sinon la valeur est gardée sous « autre ».", IssueScope.Cell);

        public static readonly IssueTemplate Autre = Definition.Template(
            "Thématique hors de la nomenclature FNAVDL (colonne « {Colonne} ») : elle est conservée telle quelle sous le code « autre ».");
    }

    public static class CoPortageIncoherent
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.CoPortageIncoherent, Severity.Warning, "Co-portage incohérent avec les porteurs",
            "Vérifiez la colonne co-portage et les types de porteurs : le co-portage réunit une association et un bailleur social parmi les porteurs.", IssueScope.Cell);

        public static readonly IssueTemplate OuiDeduitNon = Definition.Template(Contradiction("oui", "non"));
        public static readonly IssueTemplate NonDeduitOui = Definition.Template(Contradiction("non", "oui"));

        private static string Contradiction(string declared, string derived) =>
            $"Le fichier indique co-portage = {declared} (colonne « {{Colonne}} »), mais les types de porteurs en déduisent {derived} (association et bailleur social parmi les porteurs). "
            + "La valeur du fichier est conservée ; les indicateurs utilisent la valeur déduite.";
    }

    public static class ProjetInconnu
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.ProjetInconnu, Severity.Warning, "Projet pas encore déposé",
            "Déposez aussi le fichier des projets de la région (avant ou après le suivi), ou corrigez l'identifiant du projet.", IssueScope.Cell);

        public static readonly IssueTemplate Region = Definition.Template(
            "Aucun projet « {IdProjet} » (colonne « {Colonne} ») n'a encore été déposé pour la région {Region} : la ligne est conservée ; déposez aussi le fichier des projets.");
    }

    public static class CoPorteursNonAlignes
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.CoPorteursNonAlignes, Severity.Warning, "Co-porteurs et types non alignés",
            "Donnez un type par co-porteur, dans le même ordre que la liste des co-porteurs.", IssueScope.Cell);

        public static readonly IssueTemplate Nombres = Definition.Template(
            "{CoPorteurs} co-porteur(s) pour {Types} type(s) de co-porteur (colonne « {Colonne} ») : les types sont associés aux co-porteurs dans l'ordre, vérifiez la correspondance.");
    }

    public static class CelluleHorsEnTete
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.CelluleHorsEnTete, Severity.Warning, "Valeur sous une colonne sans intitulé",
            "Ajoutez un intitulé à la colonne ou supprimez la valeur.", IssueScope.Cell);

        public static readonly IssueTemplate Colonne = Definition.Template(
            "La colonne n° {Numero} n'a pas d'intitulé dans la ligne d'en-tête : sa valeur sur cette ligne est ignorée. "
            + "Ajoutez un intitulé à la colonne ou supprimez la valeur.");
    }

    public static class UniteConvertie
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.UniteConvertie, Severity.Warning, "Montants convertis en euros",
            "Rien à corriger si l'unité de l'intitulé est la bonne : les montants de la colonne sont multipliés pour être enregistrés en euros.",
            IssueScope.Column);

        public static readonly IssueTemplate Colonne = Definition.Template(
            "Montants en {Unite} convertis en euros : l'intitulé de la colonne « {Colonne} » donne l'unité, "
            + "chaque montant de la colonne est multiplié par {Facteur} ({Exemple}).");
    }

    /// <remarks>
    /// A warning, not an error: a total row is not data, and leaving it out is what the office meant by it
    /// (the lake sums its own rows). Refusing the file would make the office delete, on each deposit, a row its
    /// own spreadsheet needs. The rule that recognises it (<see cref="Validation.TotalRows"/>) keeps a row that names
    /// a project a data row, and the warning names the row, so nothing is left out unsaid.
    /// </remarks>
    public static class LigneDeTotal
    {
        public static readonly IssueDefinition Definition = new(IssueCodes.LigneDeTotal, Severity.Warning, "Ligne de total laissée de côté",
            "Rien à corriger : une ligne de total ou de sous-total n'est pas une donnée, elle n'est pas intégrée (les totaux sont recalculés). "
            + "Si la ligne est en fait un projet, renseignez son identifiant, son intitulé et son porteur.", IssueScope.Cell);

        public static readonly IssueTemplate Libelle = Definition.Template(TotalRow);
        public static readonly IssueTemplate LibelleSommeDifferente = Definition.Template(
            TotalRow + " Son montant ({Montant} €) n'est pas la somme des lignes au-dessus ({Somme} €) : vérifiez qu'aucune ligne ne manque.");
        public static readonly IssueTemplate Somme = Definition.Template(
            "La ligne {Ligne} n'a rien dans {Identifiants}, et son montant (colonne « {Colonne} », {Montant} €) est la somme des {Nombre} lignes au-dessus : "
            + "c'est une ligne de total, elle est laissée de côté ; seules les lignes de données sont intégrées.");

        private const string TotalRow =
            "La ligne {Ligne} est une ligne de total (« {Libelle} », colonne « {Colonne} ») : elle est laissée de côté ; seules les lignes de données sont intégrées.";
    }
}
