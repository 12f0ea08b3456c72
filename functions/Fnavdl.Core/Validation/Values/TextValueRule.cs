using System.Buffers;
using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Validation.Values;

/// <summary>
/// The rule every text value of a report obeys, wherever it is read (a cell, a list item): no
/// control character, and no more characters than its field allows. A NUL or an escape sequence
/// in a name would travel into Parquet, DuckDB and Excel; a 40 MB "intitulé" is not a title.
/// Line breaks and tabs are allowed (a cell may wrap, a list may be one item per line).
/// </summary>
internal static class TextValueRule
{
    /// <summary>Limit of a field whose definition declares none.</summary>
    public const int DefaultMaxLength = 1000;

    // Declared once, on the fields of the table definitions; a field name means the same in every kind.
    private static readonly Dictionary<string, int> Declared = TableCatalog.Reports
        .SelectMany(t => t.Fields)
        .Where(f => f.MaxLength is not null)
        .GroupBy(f => f.Name)
        .ToDictionary(g => g.Key, g => g.First().MaxLength!.Value);

    /// <summary>Most characters a text value of <paramref name="field"/> may have (<see cref="Schema.FieldDefinition.MaxLength"/>).</summary>
    /// <remarks>Generous for what regions write (the longest sample title has ~80 characters), tight enough that one value cannot weigh on the lake.</remarks>
    public static int MaxLength(string field) => Declared.GetValueOrDefault(field, DefaultMaxLength);

    // The control characters (char.IsControl: U+0000–U+001F, U+007F–U+009F) but tab and line breaks.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))]);

    // No declared limit is below this: a shorter text needs no look-up of its field's.
    private static readonly int SmallestLimit = Declared.Values.Append(DefaultMaxLength).Min();

    /// <summary>The problem of a text value of <paramref name="field"/>, or null when it is acceptable.</summary>
    /// <remarks>Runs on every text cell and list item: the search for a control character is vectorised.</remarks>
    public static IssueMessage? Check(string text, string field)
    {
        if (text.AsSpan().IndexOfAny(Forbidden) is var at and >= 0)
        {
            var ch = text[at];
            return ch == '\0'
                ? IssueCatalog.CaractereDeControle.Nul.Format(("Champ", field))
                : IssueCatalog.CaractereDeControle.Invisible.Format(("Champ", field), ("Point", ((int)ch).ToString("X4", CultureInfo.InvariantCulture)));
        }
        if (text.Length <= SmallestLimit) return null;
        var max = MaxLength(field);
        if (text.Length > max)
            return text.Length > Reading.ReadLimits.Default.MaxCellChars
                ? IssueCatalog.TexteTropLong.AuDelaDeLaCellule.Format(("Champ", field), ("Longueur", Reading.ReadLimits.Default.MaxCellChars), ("Max", max))
                : IssueCatalog.TexteTropLong.Longueur.Format(("Champ", field), ("Longueur", text.Length), ("Max", max));
        return null;
    }

    /// <summary>A value as a report shows it: its start only when it is long, control characters made visible.</summary>
    public static string Shown(string text, int maxChars = 120)
    {
        var start = text.Length > maxChars ? text[..maxChars] + $"… ({text.Length} caractères)" : text;
        return PrintableText.Of(start);
    }
}
