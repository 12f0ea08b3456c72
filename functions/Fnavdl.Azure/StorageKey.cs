using System.Globalization;
using System.Text;

namespace Fnavdl.Azure;

/// <summary>
/// Reversible encoding of pipeline keys (unit keys, region codes, ids) into Table Storage keys and
/// lock blob names. Table keys forbid '/', '\', '#', '?' and control characters; we also escape
/// '%' (percent-decoding bugs in some tools), '\'' (OData literal quoting) and the escape
/// character '~' itself, each as "~XX" (two upper-case hex digits). Every other character,
/// including letters with accents, is kept, so encoded keys stay readable in Storage Explorer.
/// </summary>
internal static class StorageKey
{
    private const char Escape = '~';

    public static string Encode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        StringBuilder? builder = null;
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (!MustEscape(c))
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(key.Length + 16).Append(key, 0, i);
            builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder?.ToString() ?? key;
    }

    public static string Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (!encoded.Contains(Escape, StringComparison.Ordinal))
            return encoded;
        var builder = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c != Escape)
            {
                builder.Append(c);
                continue;
            }
            if (i + 2 >= encoded.Length
                || !int.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                throw new FormatException($"Invalid escape at position {i} in storage key '{encoded}'.");
            builder.Append((char)code);
            i += 2;
        }
        return builder.ToString();
    }

    // Every escaped character is below U+00A0, so two hex digits always suffice.
    private static bool MustEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' or '\'' or Escape
        || c < 0x20
        || c is >= '\u007F' and <= '\u009F';
}
