using System.Text;

namespace Fnavdl.Core.Reference;

/// <summary>
/// Comparison key for names typed by people: "Provence-Alpes-Côte d'Azur", "provence alpes cote d azur"
/// and "PROVENCE ALPES CÔTE D’AZUR" all give "provencealpescotedazur".
/// </summary>
internal static class TextKey
{
    /// <summary>Lower case, accents removed, ligatures spelled out, everything but letters and digits dropped.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ' or 'Œ':
                    key.Append("oe");
                    continue;
                case 'æ' or 'Æ':
                    key.Append("ae");
                    continue;
                case 'ß':
                    key.Append("ss");
                    continue;
            }

            // Combining accents are non-spacing marks after FormD decomposition; letters and digits of
            // any script are kept so that nothing meaningful collapses to an empty key.
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
