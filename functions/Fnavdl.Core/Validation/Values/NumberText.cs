using System.Buffers;

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
        // Most cells are already clean: they are returned as they are, without a copy.
        if (IsClean(text)) return text;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..CleanSpaces(text, buffer)]);
    }

    /// <summary>
    /// <see cref="CleanSpaces(string)"/> into <paramref name="destination"/> (at least as long as the
    /// text); returns the length written.
    /// </summary>
    public static int CleanSpaces(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        while (!text.IsEmpty)
        {
            var space = text.IndexOfAny(Spaces);
            var word = space < 0 ? text : text[..space];
            if (!word.IsEmpty)
            {
                if (pendingSpace) destination[length++] = ' ';
                pendingSpace = false;
                word.CopyTo(destination[length..]);
                length += word.Length;
            }
            if (space < 0) break;
            pendingSpace = length > 0;
            text = text[(space + 1)..];
        }
        return length;
    }

    /// <summary>
    /// True when <see cref="CleanSpaces(string)"/> would leave the text unchanged: no space at either end,
    /// spaces only as single plain spaces, no zero-width character.
    /// </summary>
    /// <remarks>Runs on most cells of every row: it jumps from one space to the next with a vectorised search.</remarks>
    public static bool IsClean(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny(Spaces); i >= 0; i = NextSpace(text, i))
        {
            if (text[i] != ' ' || i == 0 || i == text.Length - 1 || IsSpace(text[i + 1])) return false;
        }
        return true;
    }

    private static int NextSpace(ReadOnlySpan<char> text, int after) =>
        text[(after + 1)..].IndexOfAny(Spaces) is var next and >= 0 ? after + 1 + next : -1;

    // Every character IsSpace accepts (char.IsWhiteSpace's 25 and three zero-width ones), for vectorised searches.
    private static readonly SearchValues<char> Spaces = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(IsSpace)]);

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';

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
        var buffer = integerPart.Length <= 256 ? stackalloc char[integerPart.Length] : new char[integerPart.Length];
        return TryUngroupDigits(integerPart, separators, buffer, out var length) ? new string(buffer[..length]) : null;
    }

    /// <summary>
    /// <see cref="UngroupDigits(string, ReadOnlySpan{char})"/> into <paramref name="digits"/> (at least
    /// as long as the integer part); false when the grouping is wrong.
    /// </summary>
    public static bool TryUngroupDigits(ReadOnlySpan<char> integerPart, ReadOnlySpan<char> separators, Span<char> digits, out int length)
    {
        length = 0;
        if (integerPart.IndexOfAny(separators) < 0)
        {
            // Without any separator the whole part is one group of any length.
            if (!AllAsciiDigits(integerPart)) return false;
            integerPart.CopyTo(digits);
            length = integerPart.Length;
            return true;
        }
        var first = true;
        foreach (var range in integerPart.SplitAny(separators))
        {
            var group = integerPart[range];
            var valid = first ? group.Length is >= 1 and <= 3 : group.Length == 3;
            if (!valid || !AllAsciiDigits(group)) return false;
            group.CopyTo(digits[length..]);
            length += group.Length;
            first = false;
        }
        return true;
    }

    /// <summary>Strips a leading sign (ASCII or U+2212 minus); returns whether it was negative.</summary>
    public static bool StripSign(ref ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return false;
        if (s[0] is '-' or '\u2212') { s = s[1..].TrimStart(); return true; }
        if (s[0] == '+') s = s[1..].TrimStart();
        return false;
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
