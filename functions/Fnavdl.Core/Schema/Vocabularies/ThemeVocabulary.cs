namespace Fnavdl.Core.Schema.Vocabularies;

/// <summary>
/// The theme vocabulary of <c>thematiques</c> (report-format.md, "Theme vocabulary").
/// </summary>
/// <remarks>
/// <para>
/// A label is matched first whole, case-, accent-, punctuation- and plural-insensitively, against
/// each theme's code, label and aliases. Failing that, a longer label is matched by keywords
/// ("Prévention des expulsions locatives" contains "expulsion"); when the keywords point to two
/// different themes ("Jeunes sortants de prison") the label is left unknown rather than guessed.
/// </para>
/// <para>
/// "Sortants ASE" belongs to <c>jeunes</c> (the spec's alias): leaving child welfare is not one of
/// the institutions of <c>sortants_institutions</c>, so "sortant" alone is not a keyword.
/// </para>
/// </remarks>
internal static class ThemeVocabulary
{
    public static IReadOnlyList<ThemeDefinition> All { get; } =
    [
        new("prevention_expulsions", "Prévention des expulsions",
            ["expulsion", "expulsions", "impayés de loyer", "impayés de loyers", "impayés locatifs", "CCAPEX",
             "prévention des expulsions locatives", "prévention expulsions"]),
        new("sante_mentale", "Santé mentale",
            ["troubles psychiques", "psychiatrie", "souffrance psychique", "santé psychique", "handicap psychique"]),
        new("violences_femmes", "Femmes victimes de violences",
            ["violences conjugales", "violences intrafamiliales", "VIF", "VFF", "violences faites aux femmes",
             "femmes victimes de violences conjugales"]),
        new("refugies", "Accueil et intégration des réfugiés",
            ["réfugiés", "BPI", "protection internationale", "bénéficiaires de la protection internationale",
             "intégration des réfugiés", "accueil des réfugiés"]),
        new("jeunes", "Jeunes vulnérables (logement et emploi)",
            ["jeunes", "jeunes vulnérables", "18-25 ans", "sortants ASE", "sortants de l'ASE", "logement-emploi des jeunes",
             "logement et emploi des jeunes"]),
        new("gens_du_voyage", "Gens du voyage (sédentarisation)",
            ["gens du voyage", "sédentarisation", "sédentarisation des gens du voyage"]),
        new("logement_d_abord", "Logement d'abord / sortie de la rue",
            ["logement d'abord", "sans-abri", "sans-abris", "personnes à la rue", "grande exclusion", "sortie de la rue",
             "sans domicile", "SDF"]),
        new("sortants_institutions", "Sortants d'institutions",
            ["sortants de prison", "sortants d'hospitalisation", "sortants de détention", "sortants d'hôpital"]),
        new("dalo", "Ménages DALO",
            ["DALO", "reconnus prioritaires", "ménages reconnus prioritaires", "prioritaires DALO"]),
        new("gestion_locative_adaptee", "Gestion locative adaptée",
            ["GLA", "gestion locative adaptée"]),
    ];

    // Keywords (as word sequences) for labels that match no alias whole.
    private static readonly (string Code, string[] Keywords)[] KeywordTable =
    [
        ("prevention_expulsions", ["expulsion", "impayé", "CCAPEX"]),
        ("sante_mentale", ["santé mentale", "psychique", "psychiatrie", "psychiatrique"]),
        ("violences_femmes", ["violence", "conjugale", "intrafamiliale", "VIF", "VFF"]),
        ("refugies", ["réfugié", "BPI", "protection internationale"]),
        ("jeunes", ["jeune", "ASE", "18-25", "moins de 25 ans"]),
        ("gens_du_voyage", ["voyage", "voyageur", "sédentarisation"]),
        ("logement_d_abord", ["logement d'abord", "sans-abri", "rue", "grande exclusion", "SDF", "sans domicile"]),
        ("sortants_institutions", ["institution", "prison", "détention", "incarcération", "pénitentiaire", "hospitalisation", "hôpital"]),
        ("dalo", ["DALO", "reconnu prioritaire"]),
        ("gestion_locative_adaptee", ["GLA", "gestion locative"]),
    ];

    private static readonly Dictionary<string, string> Exact =
        VocabularyKey.Index(All.Select(t => (t.Code, t.Aliases.Prepend(t.Label))));

    private static readonly (string Code, IReadOnlyList<string>[] Keywords)[] Keywords =
        KeywordTable.Select(k => (k.Code, k.Keywords.Select(VocabularyKey.Words).ToArray())).ToArray();

    private static readonly MatchCache Cache = new(MatchUncached);

    /// <summary>The code of the theme <paramref name="label"/> names, or null when it names none or several.</summary>
    public static string? Match(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Cache.Match(label);
    }

    private static string? MatchUncached(string label)
    {
        var words = VocabularyKey.Words(label);
        if (words.Count == 0) return null;
        if (Exact.TryGetValue(string.Concat(words), out var code)) return code;

        string? found = null;
        foreach (var (candidate, keywords) in Keywords)
        {
            if (!keywords.Any(k => ContainsSequence(words, k))) continue;
            if (found is not null) return null; // two themes: do not guess
            found = candidate;
        }
        return found;
    }

    private static bool ContainsSequence(IReadOnlyList<string> words, IReadOnlyList<string> sequence)
    {
        for (var start = 0; start + sequence.Count <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < sequence.Count && all; i++) all = words[start + i] == sequence[i];
            if (all) return true;
        }
        return false;
    }
}
