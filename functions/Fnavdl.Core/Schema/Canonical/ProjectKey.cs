using System.Globalization;
using System.Text;

namespace Fnavdl.Core.Schema.Canonical;

/// <summary>
/// The single-column project key <c>cle_projet</c>: <c>{annee}|{code_region}|{appel_a_projets}|{id_projet}</c>.
/// </summary>
/// <remarks>
/// A project is identified by four columns; Power BI relates tables on one. The key stays readable
/// (an analyst can type it in a filter) and unambiguous: a <c>|</c> or <c>\</c> inside the call or the
/// project's reference is preceded by <c>\</c>, so two different projects never share a key. The year
/// and the region code never hold either character.
/// </remarks>
internal static class ProjectKey
{
    public const char Separator = '|';
    private const char Escape = '\\';

    public static string Of(int annee, string codeRegion, string appelAProjets, string idProjet)
    {
        var year = annee.ToString(CultureInfo.InvariantCulture);
        if (!NeedsEscape(appelAProjets) && !NeedsEscape(idProjet))
            return string.Concat(year, "|", codeRegion, "|", appelAProjets, "|", idProjet);
        var key = new StringBuilder(year.Length + codeRegion.Length + appelAProjets.Length + idProjet.Length + 8);
        key.Append(year).Append(Separator).Append(codeRegion).Append(Separator);
        AppendEscaped(key, appelAProjets).Append(Separator);
        return AppendEscaped(key, idProjet).ToString();
    }

    private static bool NeedsEscape(string text) => text.AsSpan().IndexOfAny(Separator, Escape) >= 0;

    private static StringBuilder AppendEscaped(StringBuilder key, string text)
    {
        foreach (var c in text)
        {
            if (c is Separator or Escape) key.Append(Escape);
            key.Append(c);
        }
        return key;
    }
}
