using System.Globalization;
using System.Text;

namespace Fnavdl.Core.Schema;

/// <summary>
/// The comparison key of a header cell or a vocabulary label: lower case, accents removed,
/// ligatures spelled out, and every character that is not a letter or a digit dropped, so that
/// <c>"Montant accordé (€)"</c> and <c>"montant_accorde"</c> both give <c>"montantaccorde"</c>.
/// </summary>
internal static class HeaderKey
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                // Ligatures do not decompose under FormD.
                case 'œ' or 'Œ': key.Append("oe"); continue;
                case 'æ' or 'Æ': key.Append("ae"); continue;
                case 'ß': key.Append("ss"); continue;
                // Ordinal indicators are letters for Unicode, but in "Nº projet" they are the "°" sign.
                case 'º' or 'ª': continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }
}
