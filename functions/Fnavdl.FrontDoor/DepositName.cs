using System.Globalization;
using System.Text;
using Fnavdl.Core.Schema;

namespace Fnavdl.FrontDoor;

/// <summary>
/// A safe name for a deposited file: the browser's name reduced to its last segment, accents
/// folded, anything but letters, digits, '.', '-' and '_' replaced, bounded in length, with one of
/// the extensions the pipeline reads (<see cref="FileFormats.Extensions"/>). A name such as <c>../84/x.csv</c> can only ever become <c>x.csv</c> under
/// the caller's own folder.
/// </summary>
public static class DepositName
{
    public const int MaxLength = 100;

    /// <summary>The safe name, or null when the extension is not one the pipeline reads.</summary>
    public static string? Sanitise(string? fileName)
    {
        var last = (fileName ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var extension = Path.GetExtension(last).ToLowerInvariant();
        if (!FileFormats.Extensions.Contains(extension)) return null;
        var stem = Fold(last[..^extension.Length]);
        if (stem.Length > MaxLength - extension.Length) stem = stem[..(MaxLength - extension.Length)];
        stem = stem.Trim('.', '-', '_');
        return (stem.Length == 0 ? "fichier" : stem) + extension;
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' ? c
                : c == '.' && folded.Length > 0 && folded[^1] != '.' ? c
                : '-');
        }
        return folded.ToString();
    }
}
