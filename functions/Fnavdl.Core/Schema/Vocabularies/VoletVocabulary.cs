namespace Fnavdl.Core.Schema.Vocabularies;

/// <summary>
/// The <c>volet</c> vocabulary: support towards housing (<c>vers</c>), in housing (<c>dans</c>) or
/// both (<c>vers_et_dans</c>), matched case-, accent- and punctuation-insensitively.
/// </summary>
internal static class VoletVocabulary
{
    public const string Vers = "vers";
    public const string Dans = "dans";
    public const string VersEtDans = "vers_et_dans";

    private static readonly Dictionary<string, string> Index = VocabularyKey.Index(
    [
        (Vers, ["vers le logement", "accompagnement vers le logement", "AVL"]),
        (Dans, ["dans le logement", "accompagnement dans le logement", "ADL"]),
        (VersEtDans, ["vers et dans", "vers et dans le logement", "vers/dans", "vers + dans", "accompagnement vers et dans le logement",
            "les deux", "les 2", "mixte", "AVDL"]),
    ]);

    private static readonly MatchCache Cache = new(text => Index.GetValueOrDefault(VocabularyKey.Of(text)));

    /// <summary>The volet code, or null when the text is outside the vocabulary.</summary>
    public static string? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cache.Match(text);
    }
}
