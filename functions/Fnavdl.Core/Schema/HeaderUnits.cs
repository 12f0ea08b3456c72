using System.Globalization;
using System.Text;

namespace Fnavdl.Core.Schema;

/// <summary>What a header says of its unit, after the part that names the field.</summary>
internal enum HeaderUnitKind
{
    /// <summary>The trailing text is no unit (« (TTC) », « (2021) »): the header is matched as a whole or not at all.</summary>
    None,
    /// <summary>Euros (« (en €) », « en euros »): the cells are euros.</summary>
    Euros,
    /// <summary>Thousands, millions or billions of euros: the cells are converted (<see cref="HeaderUnit.Scale"/>).</summary>
    Scaled,
    /// <summary>Another currency, or a percentage: not convertible.</summary>
    Unconvertible,
}

/// <summary>A header split into the words that name its field and the unit after them.</summary>
internal readonly record struct HeaderUnit(string Base, string Unit, HeaderUnitKind Kind, AmountUnit? Scale);

/// <summary>
/// Reads the unit a header states once for a whole amount column: « Montant accordé (k€) »,
/// « (K€) », « [k€] », « (milliers d'euros) », « (en milliers d’euros) », « en k€ », « k€ », « (M€) »,
/// « (millions d'euros) », « (keur) », « (k€ TTC) »… — case, accents, spaces and apostrophes aside.
/// </summary>
/// <remarks>
/// A unit is a scale (none, <c>k</c>/<c>kilo</c>/<c>milliers</c>, <c>M</c>/<c>mio</c>/<c>millions</c>,
/// <c>Md</c>/<c>Mds</c>/<c>milliards</c>) followed by the euro (<c>€</c>, <c>EUR</c>, <c>euro(s)</c>,
/// <c>d'euros</c>), or a scale in words alone (« (en milliers) »), optionally after « en » and before
/// « HT » or « TTC ». Any other currency (a currency sign other than €, USD, CHF, GBP, XPF, dollars,
/// francs, livres) or a percentage is a unit that cannot be converted; any other trailing text is no unit.
/// </remarks>
internal static class HeaderUnits
{
    private static readonly (string Text, AmountUnit? Scale, bool Alone)[] Scales =
    [
        ("milliards", AmountUnit.Billions, true), ("milliard", AmountUnit.Billions, true), ("mrds", AmountUnit.Billions, false),
        ("mrd", AmountUnit.Billions, false), ("mds", AmountUnit.Billions, false), ("md", AmountUnit.Billions, false),
        ("millions", AmountUnit.Millions, true), ("million", AmountUnit.Millions, true), ("mio", AmountUnit.Millions, false),
        ("m", AmountUnit.Millions, false),
        ("milliers", AmountUnit.Thousands, true), ("millier", AmountUnit.Thousands, true), ("kilo", AmountUnit.Thousands, false),
        ("k", AmountUnit.Thousands, false),
        ("", null, false),
    ];

    // Longest first: "deuros" before "euros" before "eur".
    private static readonly string[] Euros = ["deuros", "deuro", "d€", "euros", "euro", "eur", "€"];

    private static readonly string[] OtherCurrencies = ["usd", "dollar", "chf", "gbp", "livre", "franc", "xpf", "fcfp", "yen", "pourcent", "%"];

    /// <summary>The header's field words and unit, or null when it ends with nothing that could be a unit.</summary>
    public static HeaderUnit? Read(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var text = header.Trim();
        if (text.Length > 2 && text[^1] is ')' or ']')
        {
            var open = text.LastIndexOf(text[^1] == ')' ? '(' : '[');
            if (open > 0) return Of(text[..open], text[(open + 1)..^1]);
        }
        // « Montant accordé en milliers d'euros », « … en k€ »: a unit only if the words after « en » are one.
        var en = text.LastIndexOf(" en ", StringComparison.OrdinalIgnoreCase);
        if (en > 0 && Of(text[..en], text[(en + 4)..]) is { Kind: HeaderUnitKind.Euros or HeaderUnitKind.Scaled } spelled) return spelled;
        // « Montant accordé k€ »: a last word holding the euro sign.
        var space = text.LastIndexOfAny([' ', '\u00A0', '\u202F']);
        if (space > 0 && Of(text[..space], text[(space + 1)..]) is { Kind: HeaderUnitKind.Scaled } token) return token;
        return null;
    }

    private static HeaderUnit Of(string baseText, string unit)
    {
        unit = unit.Trim();
        var key = Key(unit);
        if (key.StartsWith("en", StringComparison.Ordinal)) key = key[2..];
        if (key.EndsWith("ttc", StringComparison.Ordinal)) key = key[..^3];
        else if (key.EndsWith("ht", StringComparison.Ordinal)) key = key[..^2];
        var (kind, scale) = Classify(key, unit);
        return new HeaderUnit(baseText.Trim(), unit, kind, scale);
    }

    private static (HeaderUnitKind Kind, AmountUnit? Scale) Classify(string key, string unit)
    {
        foreach (var euro in Euros)
        {
            if (!key.EndsWith(euro, StringComparison.Ordinal)) continue;
            // « d'euros » follows a scale in words (« milliers d'euros »), never a symbol (« Md€ » is milliards).
            foreach (var (text, scale, alone) in Scales)
                if (key.Length == text.Length + euro.Length && key.StartsWith(text, StringComparison.Ordinal) && (alone || euro[0] != 'd'))
                    return scale is null ? (HeaderUnitKind.Euros, null) : (HeaderUnitKind.Scaled, scale);
        }
        foreach (var (text, scale, alone) in Scales)
            if (alone && key == text) return (HeaderUnitKind.Scaled, scale);
        if (unit.Any(c => c != '€' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            || OtherCurrencies.Any(c => key.Contains(c, StringComparison.Ordinal)))
            return (HeaderUnitKind.Unconvertible, null);
        return (HeaderUnitKind.None, null);
    }

    /// <summary>Lower case, accents removed, spaces, apostrophes and dots dropped; € and % kept.</summary>
    private static string Key(string unit)
    {
        var decomposed = unit.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
            else if (c is '€' or '%' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol) key.Append(c);
        }
        return key.ToString();
    }
}
