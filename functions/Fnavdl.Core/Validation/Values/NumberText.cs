using System.Text;

namespace Fnavdl.Core.Validation.Values;

/// <summary>Small text helpers shared by the numeric parsers.</summary>
internal static class NumberText
{
    /// <summary>
    /// Trims, turns every kind of space (U+00A0, U+202F, thin spaces, zero-width space…) into a plain
    /// space and collapses runs, so grouping can be checked on one separator character.
    /// </summary>
    public static string CleanSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static bool AllAsciiDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s) if (c is < '0' or > '9') return false;
        return true;
    }

    /// <summary>
    /// Checks an integer part written with thousands separators (<paramref name="separators"/>):
    /// first group 1–3 digits, every following group exactly 3. Returns the bare digits, or null.
    /// </summary>
    public static string? UngroupDigits(string integerPart, ReadOnlySpan<char> separators)
    {
        if (integerPart.AsSpan().IndexOfAny(separators) < 0)
            return AllAsciiDigits(integerPart) ? integerPart : null;
        var groups = integerPart.Split(separators.ToArray());
        if (groups[0].Length is < 1 or > 3 || !AllAsciiDigits(groups[0])) return null;
        for (var i = 1; i < groups.Length; i++)
            if (groups[i].Length != 3 || !AllAsciiDigits(groups[i])) return null;
        return string.Concat(groups);
    }

    /// <summary>Digits grouped by three with spaces, as a French reader writes them: "1234567" → "1 234 567".</summary>
    public static string GroupThousands(string digits)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) sb.Append(' ');
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    /// <summary>Strips a leading sign (ASCII or U+2212 minus); returns whether it was negative.</summary>
    public static bool StripSign(ref string s)
    {
        if (s.Length == 0) return false;
        if (s[0] is '-' or '\u2212') { s = s[1..].TrimStart(); return true; }
        if (s[0] == '+') s = s[1..].TrimStart();
        return false;
    }
}
