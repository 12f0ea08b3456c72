using System.Text;

namespace Fnavdl.Core.Schema.Vocabularies;

/// <summary>
/// Comparison keys for vocabulary labels: the words of a label, each folded like a
/// <see cref="HeaderKey"/> and stripped of a plural <c>s</c>, so that "Femme victime de violence"
/// and "Femmes victimes de violences" compare equal.
/// </summary>
internal static class VocabularyKey
{
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is 'º' or 'ª')
            {
                current.Append(c);
                continue;
            }
            Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0) return;
            var word = HeaderKey.Normalise(current.ToString());
            current.Clear();
            if (word.Length == 0) return;
            words.Add(word.Length > 3 && word[^1] == 's' ? word[..^1] : word);
        }
    }

    public static string Of(string text) => string.Concat(Words(text));

    /// <summary>Builds key → code, refusing two codes that share a key.</summary>
    public static Dictionary<string, string> Index(IEnumerable<(string Code, IEnumerable<string> Texts)> entries)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, texts) in entries)
        {
            foreach (var text in texts.Prepend(code))
            {
                var key = Of(text);
                if (index.TryGetValue(key, out var other) && other != code)
                    throw new InvalidOperationException($"'{text}' would mean both '{other}' and '{code}'.");
                index[key] = code;
            }
        }
        return index;
    }
}
