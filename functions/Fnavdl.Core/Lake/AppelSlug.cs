using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Fnavdl.Core.Lake;

/// <summary>
/// A file- and blob-safe name for a call (<c>appel_a_projets</c>): a readable part made of ASCII
/// lowercase letters, digits and dashes (accents dropped, at most <see cref="MaxReadableLength"/> characters),
/// then '-' and the first 8 hex characters of the SHA-256 of the exact text. The hash keeps apart
/// calls whose readable parts collide ("AAP 2020-10" and "aap 2020/10" are different units).
/// </summary>
internal static class AppelSlug
{
    public const int MaxReadableLength = 40;
    private const int HashLength = 8;
    private const string EmptyReadablePart = "appel";

    public static string For(string appelAProjets)
    {
        ArgumentNullException.ThrowIfNull(appelAProjets);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appelAProjets)))[..HashLength];
        return Readable(appelAProjets) + "-" + hash;
    }

    /// <summary>True when <paramref name="slug"/> has the shape <see cref="For"/> produces.</summary>
    public static bool IsSlug(string slug)
    {
        var dash = slug.LastIndexOf('-');
        if (dash <= 0 || slug.Length - dash - 1 != HashLength || dash > MaxReadableLength) return false;
        var readable = slug[..dash];
        var hash = slug[(dash + 1)..];
        return hash.All(char.IsAsciiHexDigitLower) && !readable.StartsWith('-') && !readable.EndsWith('-')
               && !readable.Contains("--", StringComparison.Ordinal)
               && readable.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
    }

    private static string Readable(string text)
    {
        var builder = new StringBuilder(MaxReadableLength);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // "é" decomposes into "e" + a combining accent: keep the letter, drop the accent.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (!char.IsAsciiLetterLower(lower) && !char.IsAsciiDigit(lower))
            {
                pendingDash = builder.Length > 0;
                continue;
            }
            var needed = (pendingDash ? 1 : 0) + 1;
            if (builder.Length + needed > MaxReadableLength) break;
            if (pendingDash) builder.Append('-');
            builder.Append(lower);
            pendingDash = false;
        }
        return builder.Length == 0 ? EmptyReadablePart : builder.ToString();
    }
}
