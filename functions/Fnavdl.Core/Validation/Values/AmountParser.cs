using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Validation.Values;

/// <summary>
/// Reads an amount in euros (report-format.md, "Amounts"), rounded to the cent.
/// </summary>
/// <remarks>
/// <para>Numeric cells (XLSX, JSON) are taken as they are and rounded to the cent.</para>
/// <para>
/// Text: an optional sign, an optional currency (<c>€</c>, <c>EUR</c>, <c>euro(s)</c>, before or
/// after), an optional multiplier (<c>k</c>, <c>M</c>, <c>million(s)</c>, before the currency:
/// <c>450 k€</c>, <c>3,1 M€</c>). Spaces of any kind (U+00A0, U+202F, thin…) group thousands.
/// The decimal separator is decided as follows:
/// </para>
/// <list type="bullet">
/// <item>both <c>.</c> and <c>,</c> present: the last one is decimal (it must occur once), the other groups thousands;</item>
/// <item>one of them, several times: it groups thousands, there are no decimals;</item>
/// <item>one of them, once: decimal when a multiplier follows or spaces already group the thousands;
/// otherwise, if 1–3 digits (not starting with 0) precede it and exactly 3 follow
/// (<c>1.234</c>, <c>12,500</c>) the amount is ambiguous (<see cref="IssueCodes.MontantAmbigu"/>);
/// otherwise decimal.</item>
/// </list>
/// <para>
/// Groups must be well formed (1–3 digits then groups of 3), and the amount in euros must have at
/// most two significant decimals (<c>12,345</c> with spaces, <c>1,234.567</c> are rejected, while
/// <c>12,3000</c> is 12,30 €). Negative amounts are read; the caller checks the range.
/// </para>
/// <para>
/// In a column whose header states a unit (<see cref="AmountUnit"/>, « Montant accordé (k€) »), a cell
/// is a number of that unit: <c>93,5</c> is 93 500 €, a single mark is decimal as after a multiplier,
/// and the result must still fall on the cent (at most 5 decimals in k€, 8 in M€; a numeric cell is
/// rounded to the cent, as in a column of euros). A cell that states the same unit (<c>93,5 k€</c>) is
/// read as it says; one that states another (<c>93 500 €</c>, <c>0,1 M€</c>) contradicts its header and
/// is refused as ambiguous (<see cref="IssueCodes.MontantAmbigu"/>), with the figure in the header's unit.
/// </para>
/// </remarks>
internal static class AmountParser
{
    /// <summary>Beyond a thousand billion euros a figure is a typing error, not an FNAVDL amount.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    // Longest first, so "euros" is stripped before "eur" could leave an "os".
    private static readonly string[] Currencies = ["d'euros", "d’euros", "euros", "euro", "eur", "€"];

    private static readonly (string Suffix, decimal Factor)[] Multipliers =
        [("millions", 1_000_000m), ("million", 1_000_000m), ("m", 1_000_000m), ("k", 1_000m)];

    public static bool TryParse(in RawValue raw, out decimal euros, out IssueMessage? error) => TryParse(raw, null, out euros, out error);

    /// <param name="unit">The unit the column's header states, or null for euros.</param>
    public static bool TryParse(in RawValue raw, AmountUnit? unit, out decimal euros, out IssueMessage? error)
    {
        euros = 0;
        error = null;
        switch (raw.Kind)
        {
            case RawValueKind.Number:
                var n = raw.Number;
                var factor = unit?.Factor ?? 1m;
                if (double.IsNaN(n) || double.IsInfinity(n) || Math.Abs(n) * (double)factor >= (double)MaxMagnitude)
                {
                    error = TooLarge(raw.Display);
                    return false;
                }
                euros = Math.Round((decimal)n * factor, 2, MidpointRounding.AwayFromZero);
                return true;
            case RawValueKind.Text when unit is not null:
                return TryParseGeneral(raw.Text!, unit, out euros, out error);
            case RawValueKind.Text:
                return TryParseText(raw.Text!, out euros, out error);
            case RawValueKind.Empty:
                error = IssueCatalog.MontantInvalide.Vide.Format();
                return false;
            default:
                error = Invalid(raw.Display);
                return false;
        }
    }

    // Runs for every amount cell of every row: the text is read through spans over one buffer,
    // and strings are only built for error messages.
    private static bool TryParseText(string text, out decimal euros, out IssueMessage? error)
    {
        error = null;
        return TryParsePlain(text, out euros) || TryParseGeneral(text, null, out euros, out error);
    }

    /// <param name="unit">The unit the column's header states (its cells' own unit when they state none), or null.</param>
    private static bool TryParseGeneral(string text, AmountUnit? unit, out decimal euros, out IssueMessage? error)
    {
        error = null;
        euros = 0;
        // Three areas as long as the text: spaces cleaned, then lower-cased, then the digits to parse.
        var buffer = text.Length <= 128 ? stackalloc char[3 * text.Length] : new char[3 * text.Length];
        var cleaned = buffer[..NumberText.CleanSpaces(text, buffer)];
        var lowered = buffer.Slice(text.Length, cleaned.Length);
        cleaned.ToLowerInvariant(lowered);
        ReadOnlySpan<char> s = lowered;

        var negative = NumberText.StripSign(ref s);
        var unstripped = s.Length;
        s = StripPrefix(s, Currencies);
        var statesUnit = s.Length != unstripped;
        if (!negative) negative = NumberText.StripSign(ref s); // "€ -50"
        unstripped = s.Length;
        s = StripSuffix(s, Currencies);
        statesUnit |= s.Length != unstripped;
        var factor = 1m;
        foreach (var (suffix, f) in Multipliers)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            s = s[..^suffix.Length].TrimEnd();
            factor = f;
            statesUnit = true;
            break;
        }
        // In a column in k€, a bare figure is in k€; one that states its own unit must state the same.
        var contradictsHeader = unit is not null && statesUnit && factor != unit.Factor;
        var scaledByHeader = unit is not null && !statesUnit;
        if (scaledByHeader) factor = unit!.Factor;

        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]) || HasOtherThanDigitsAndMarks(s))
        {
            error = Invalid(text.Trim());
            return false;
        }

        var dots = s.Count('.');
        var commas = s.Count(',');
        char? decimalMark = null;
        char? groupMark = null;
        if (dots > 0 && commas > 0)
        {
            decimalMark = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            groupMark = decimalMark == '.' ? ',' : '.';
            if (s.Count(decimalMark.Value) > 1)
            {
                error = Invalid(text.Trim());
                return false;
            }
        }
        else if (dots + commas > 1)
        {
            groupMark = dots > 0 ? '.' : ',';
        }
        else if (dots + commas == 1)
        {
            var mark = dots > 0 ? '.' : ',';
            var at = s.IndexOf(mark);
            var before = s[..at];
            var after = s[(at + 1)..];
            var spacesGroup = before.Contains(' ');
            if (factor == 1m && !spacesGroup && after.Length == 3 && NumberText.AllAsciiDigits(after)
                && before.Length is >= 1 and <= 3 && NumberText.AllAsciiDigits(before) && before[0] != '0')
            {
                error = Ambiguous(text.Trim(), mark, before.ToString(), after.ToString());
                return false;
            }
            decimalMark = mark;
        }

        var integerPart = s;
        var fraction = s[..0];
        if (decimalMark is char d)
        {
            var at = s.LastIndexOf(d);
            integerPart = s[..at];
            fraction = s[(at + 1)..];
            if (!NumberText.AllAsciiDigits(fraction))
            {
                error = Invalid(text.Trim());
                return false;
            }
        }

        ReadOnlySpan<char> separators = groupMark is char g ? [' ', g] : [' '];
        var number = buffer[(2 * text.Length)..];
        if (!NumberText.TryUngroupDigits(integerPart, separators, number, out var digitCount))
        {
            error = Invalid(text.Trim());
            return false;
        }
        if (number[..digitCount].TrimStart('0').Length > 13 || fraction.Length > 12)
        {
            error = TooLarge(text.Trim());
            return false;
        }

        var numberLength = digitCount;
        if (fraction.Length > 0)
        {
            number[numberLength++] = '.';
            fraction.CopyTo(number[numberLength..]);
            numberLength += fraction.Length;
        }
        var value = decimal.Parse(number[..numberLength], NumberStyles.Number, CultureInfo.InvariantCulture) * factor;
        if (contradictsHeader)
        {
            error = IssueCatalog.MontantAmbigu.UniteContradictoire.Format(("Valeur", text.Trim()), ("Unite", unit!.Name),
                ("EnUnite", Decimal(value / unit.Factor)), ("Euros", Euros(value)));
            return false;
        }
        if (value != Math.Round(value, 2))
        {
            error = scaledByHeader
                ? IssueCatalog.MontantInvalide.TropDeDecimalesEnUnite.Format(("Valeur", text.Trim()), ("Unite", unit!.Name),
                    ("Euros", Euros(value)), ("Decimales", 2 + (int)Math.Round(Math.Log10((double)unit.Factor))))
                : IssueCatalog.MontantInvalide.TropDeDecimales.Format(("Valeur", text.Trim()));
            return false;
        }
        if (value >= MaxMagnitude)
        {
            error = TooLarge(text.Trim());
            return false;
        }
        euros = Math.Round(negative ? -value : value, 2);
        return true;
    }

    /// <summary>
    /// The shape nearly every cell has: digits grouped by single spaces (plain, no-break or narrow
    /// no-break, as French Excel writes them) or not grouped, an optional
    /// decimal comma with one or two decimals, an optional <c>€</c>, below a thousand billion
    /// (<c>10 123,45 €</c>, <c>2500</c>). Read digit by digit into the same decimal (value and scale)
    /// as the general path gives it; any other text returns false and takes the general path.
    /// </summary>
    private static bool TryParsePlain(string text, out decimal euros)
    {
        euros = 0;
        var s = text.AsSpan();
        if (s.EndsWith('€'))
        {
            s = s[..^1];
            if (s.Length > 0 && IsGroupSpace(s[^1])) s = s[..^1];
        }
        ulong mantissa = 0;
        var digits = 0;
        var run = 0;           // digits of the current group
        var grouped = false;   // a space has separated groups
        var i = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                // 12 digits stay below MaxMagnitude; longer figures take the general path.
                if (++digits > 12) return false;
                mantissa = mantissa * 10 + (uint)(c - '0');
                run++;
                continue;
            }
            if (!IsGroupSpace(c)) break;
            if (run == 0 || (grouped ? run != 3 : run > 3)) return false;
            grouped = true;
            run = 0;
        }
        if (run == 0 || (grouped && run != 3)) return false;
        byte scale = 0;
        if (i < s.Length)
        {
            if (s[i++] != ',') return false;
            for (; i < s.Length && scale < 2 && char.IsAsciiDigit(s[i]); i++, scale++)
                mantissa = mantissa * 10 + (uint)(s[i] - '0');
            if (scale == 0 || i != s.Length) return false;
        }
        euros = Math.Round(new decimal((int)(uint)mantissa, (int)(mantissa >> 32), 0, isNegative: false, scale), 2);
        return true;
    }

    // The spaces French software groups thousands with; the general path reads each as one space.
    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static bool HasOtherThanDigitsAndMarks(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ' ')) return true;
        return false;
    }

    private static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.StartsWith(w, StringComparison.Ordinal)) return s[w.Length..].TrimStart();
        return s;
    }

    private static ReadOnlySpan<char> StripSuffix(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.EndsWith(w, StringComparison.Ordinal)) return s[..^w.Length].TrimEnd();
        return s;
    }

    /// <summary>A figure as a French reader writes it, without grouping: "93,5".</summary>
    private static string Decimal(decimal value) =>
        value.ToString("0.############", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>Euros as a French reader writes them: "93 500", "12 345,678".</summary>
    private static string Euros(decimal value)
    {
        var text = value.ToString("0.############", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        return MessageNumbers.GroupThousands(whole) + (point < 0 ? "" : "," + text[(point + 1)..]);
    }

    private static IssueMessage Invalid(string shown) => IssueCatalog.MontantInvalide.Illisible.Format(("Valeur", shown));

    private static IssueMessage TooLarge(string shown) => IssueCatalog.MontantInvalide.Implausible.Format(("Valeur", shown));

    private static IssueMessage Ambiguous(string shown, char mark, string before, string after)
    {
        var asThousands = MessageNumbers.GroupThousands(before + after);
        // "12,500" may mean 12,50 €; "1.234" as decimals is 1,234 €, not a whole number of cents,
        // so the likelier other intent is a figure in thousands of euros.
        var centsReading = after[2] == '0';
        var asDecimals = centsReading ? $"{before},{after[..2]}" : $"{before},{after}";
        return ((mark, centsReading) switch
        {
            ('.', true) => IssueCatalog.MontantAmbigu.PointOuCentimes,
            ('.', false) => IssueCatalog.MontantAmbigu.PointOuMilliers,
            (_, true) => IssueCatalog.MontantAmbigu.VirguleOuCentimes,
            (_, false) => IssueCatalog.MontantAmbigu.VirguleOuMilliers,
        }).Format(("Valeur", shown), ("EnMilliers", asThousands), ("EnDecimales", asDecimals), ("SansSeparateur", before + after));
    }
}
