namespace Fnavdl.Core.Schema.Vocabularies;

/// <summary>
/// Carrier types of <c>type_porteur</c> and <c>types_co_porteurs</c> (report-format.md, "Carrier
/// types"), matched case-, accent-, punctuation- and plural-insensitively.
/// </summary>
internal static class CarrierTypeVocabulary
{
    public const string Association = "association";
    public const string BailleurSocial = "bailleur_social";
    public const string Collectivite = "collectivite";
    public const string Autre = "autre";

    private static readonly Dictionary<string, string> Index = VocabularyKey.Index(
    [
        (Association, ["association", "asso", "assos", "loi 1901", "association loi 1901", "association (loi 1901)",
            "fondation"]),
        (BailleurSocial, ["bailleur", "bailleur social", "bailleurs sociaux", "organisme Hlm", "Hlm", "OPH", "ESH", "SEM",
            "coopérative Hlm", "société coopérative d'Hlm", "office public de l'habitat", "entreprise sociale pour l'habitat",
            "SA d'Hlm", "société d'économie mixte"]),
        (Collectivite, ["collectivité", "collectivité territoriale", "collectivités territoriales", "commune", "mairie",
            "ville", "CCAS", "CIAS", "département", "conseil départemental", "EPCI", "métropole", "intercommunalité",
            "communauté de communes", "communauté d'agglomération", "communauté urbaine", "région", "conseil régional"]),
        (Autre, ["autre", "autres"]),
    ]);

    private static readonly MatchCache Cache = new(text => Index.GetValueOrDefault(VocabularyKey.Of(text)));

    /// <summary>The carrier type code, or null when the text is outside the vocabulary.</summary>
    public static string? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cache.Match(text);
    }
}
