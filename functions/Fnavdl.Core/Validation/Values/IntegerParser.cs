using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Validation.Values;

/// <summary>
/// Reads a whole number (households, months). Text may group thousands with spaces of any kind
/// (<c>1 200</c>); a decimal part made of one or two zeros (<c>12,0</c>, <c>12.00</c>, as spreadsheet
/// exports write whole numbers) is accepted, while <c>1.200</c> is refused rather than guessed.
/// Numeric cells must be integral. Negative numbers are read; the caller checks the range.
/// </summary>
internal static class IntegerParser
{
    public static bool TryParse(in RawValue raw, out int value, out IssueMessage? error)
    {
        value = 0;
        error = null;
        switch (raw.Kind)
        {
            case RawValueKind.Number:
                var n = raw.Number;
                if (double.IsNaN(n) || double.IsInfinity(n) || n != Math.Floor(n))
                {
                    error = NotWhole(raw.Display);
                    return false;
                }
                if (n is > int.MaxValue or < int.MinValue)
                {
                    error = TooLarge(raw.Display);
                    return false;
                }
                value = (int)n;
                return true;
            case RawValueKind.Text:
                return TryParseText(raw.Text!, out value, out error);
            case RawValueKind.Empty:
                error = IssueCatalog.EntierInvalide.Vide.Format();
                return false;
            default:
                error = Invalid(raw.Display);
                return false;
        }
    }

    private static bool TryParseText(string text, out int value, out IssueMessage? error)
    {
        value = 0;
        error = null;
        var shown = text.Trim();
        var s = NumberText.CleanSpaces(text);
        var negative = NumberText.StripSign(ref s);

        var mark = s.IndexOfAny(['.', ',']);
        if (mark >= 0)
        {
            var fraction = s[(mark + 1)..];
            if (fraction.Length is < 1 or > 2 || fraction.Any(c => c != '0'))
            {
                error = NotWhole(shown);
                return false;
            }
            s = s[..mark];
        }

        var digits = NumberText.UngroupDigits(s, [' ']);
        if (digits is null)
        {
            error = Invalid(shown);
            return false;
        }
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            error = TooLarge(shown);
            return false;
        }
        if (negative) value = -value;
        return true;
    }

    private static IssueMessage Invalid(string shown) =>
        IssueCatalog.EntierInvalide.Illisible.Format(("Valeur", shown));

    private static IssueMessage NotWhole(string shown) =>
        IssueCatalog.EntierInvalide.Decimales.Format(("Valeur", shown));

    private static IssueMessage TooLarge(string shown) =>
        IssueCatalog.EntierInvalide.TropGrand.Format(("Valeur", shown));
}
