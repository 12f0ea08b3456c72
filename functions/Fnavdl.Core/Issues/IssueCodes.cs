namespace Fnavdl.Core.Issues;

/// <summary>
/// Stable codes of the validation report. Regions and their tools may key on them, so a code is
/// never renamed; add new ones instead. Each code's severity, title and wordings are its entry in
/// <see cref="IssueCatalog"/> (a test checks there is exactly one per code).
/// </summary>
internal static class IssueCodes
{
    /// <summary>Every code, in declaration order (the order of the published list).</summary>
    public static IReadOnlyList<string> All { get; } = typeof(IssueCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    // Structure: the file as a whole.
    public const string FichierIllisible = "fichier-illisible";
    public const string FormatNonSupporte = "format-non-supporte";
    public const string DelaiDepasse = "delai-depasse";
    public const string FichierTropVolumineux = "fichier-trop-volumineux";
    public const string XlsxTropVolumineux = "xlsx-trop-volumineux";
    public const string OdsTropVolumineux = "ods-trop-volumineux";
    public const string FichierDisproportionne = "fichier-disproportionne";
    public const string CheminInvalide = "chemin-invalide";
    public const string EnTeteIntrouvable = "en-tete-introuvable";
    public const string ColonneObligatoireManquante = "colonne-obligatoire-manquante";
    public const string ColonneEnDouble = "colonne-en-double";
    public const string ColonneInconnue = "colonne-inconnue";
    public const string AucuneLigne = "aucune-ligne";
    public const string EncodageIllisible = "encodage-illisible";
    public const string GuillemetNonFerme = "guillemet-non-ferme";
    public const string EnregistrementTropLong = "enregistrement-trop-long";
    public const string ClasseurProtege = "classeur-protege";
    public const string CleEnDouble = "cle-en-double";

    // Cells.
    public const string ValeurObligatoireManquante = "valeur-obligatoire-manquante";
    public const string MontantInvalide = "montant-invalide";
    public const string MontantAmbigu = "montant-ambigu";
    public const string EntierInvalide = "entier-invalide";
    public const string DateInvalide = "date-invalide";
    public const string AnneeInvalide = "annee-invalide";
    public const string BooleenInvalide = "booleen-invalide";
    public const string ValeurHorsVocabulaire = "valeur-hors-vocabulaire";
    public const string ValeurHorsPlage = "valeur-hors-plage";
    public const string SirenInvalide = "siren-invalide";
    public const string RegionInconnue = "region-inconnue";
    public const string DepartementInconnu = "departement-inconnu";
    public const string EpciInconnu = "epci-inconnu";
    public const string DepartementHorsRegion = "departement-hors-region";
    public const string EpciHorsRegion = "epci-hors-region";
    public const string IdProjetEnDouble = "id-projet-en-double";
    public const string LigneEnDouble = "ligne-en-double";
    public const string RegionDifferente = "region-differente";
    public const string IncoherenceMenages = "incoherence-menages";
    public const string CaractereDeControle = "caractere-de-controle";
    public const string TexteTropLong = "texte-trop-long";

    // Warnings that never reject.
    public const string ThematiqueInconnue = "thematique-inconnue";
    public const string CoPortageIncoherent = "co-portage-incoherent";
    public const string ProjetInconnu = "projet-inconnu";
    public const string CoPorteursNonAlignes = "co-porteurs-non-alignes";
    public const string CelluleHorsEnTete = "cellule-hors-en-tete";
    public const string UniteConvertie = "unite-convertie";
    public const string LigneDeTotal = "ligne-de-total";
}
