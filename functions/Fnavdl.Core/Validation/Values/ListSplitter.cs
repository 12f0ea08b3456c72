using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Validation.Values;

/// <summary>
/// Splits a list cell into its items (report-format.md, "Lists"): on <c>|</c>, <c>/</c>, line
/// breaks, <c>;</c> and <c>,</c> (each of the last two unless it is the CSV delimiter); items are
/// trimmed, blanks dropped and duplicates dropped case-insensitively (the first spelling is kept).
/// </summary>
/// <remarks>
/// A comma is not a separator inside an amount: a run of digits and commas such as <c>1,5</c>,
/// <c>12,50</c> or <c>3,100,000</c> stays whole. Any other run splits (<c>13,83,84</c>,
/// <c>200054781,243500139</c>). A two-digit pair like <c>13,84</c> reads as an amount and stays
/// whole, so regions should separate department codes with a space, <c>;</c> or <c>|</c>.
/// A JSON array gives its items; a number cell gives one item, written without decimals when
/// whole (department 13, SIREN 243500139).
/// </remarks>
internal static partial class ListSplitter
{
    // A comma-and-digits run that an amount could be: "1,5", "1234,56", "3,100,000".
    [GeneratedRegex(@"^(?:\d+,\d{1,2}|\d{1,3}(?:,\d{3})+)$")]
    private static partial Regex AmountLike();

    [GeneratedRegex(@"\d+(?:,\d+)+")]
    private static partial Regex DigitCommaRun();

    public static IReadOnlyList<string> Split(in RawValue raw, char? csvDelimiter) => raw.Kind switch
    {
        RawValueKind.Empty => [],
        RawValueKind.List => Clean(raw.Items!),
        RawValueKind.Text => SplitText(raw.Text!, csvDelimiter),
        RawValueKind.Number => [FormatNumber(raw.Number)],
        _ => [raw.Display],
    };

    // The characters that may split a cell, by whether ';' and ',' do (not when they are the delimiter).
    private static readonly SearchValues<char> AllSeparators = SearchValues.Create("|/\n\r;,");
    private static readonly SearchValues<char> SeparatorsButSemicolon = SearchValues.Create("|/\n\r,");
    private static readonly SearchValues<char> SeparatorsButComma = SearchValues.Create("|/\n\r;");
    private static readonly SearchValues<char> SeparatorsButBoth = SearchValues.Create("|/\n\r");

    // Called for several cells of every row: items are cut straight from the text, and only
    // items that need their spaces cleaned are copied twice. A cell without any separator, the
    // usual one, is one item and costs no list.
    private static IReadOnlyList<string> SplitText(string text, char? csvDelimiter)
    {
        var semicolonSplits = csvDelimiter != ';';
        var commaSplits = csvDelimiter != ',';
        var separators = (semicolonSplits, commaSplits) switch
        {
            (true, true) => AllSeparators,
            (false, true) => SeparatorsButSemicolon,
            (true, false) => SeparatorsButComma,
            (false, false) => SeparatorsButBoth,
        };
        if (text.AsSpan().IndexOfAny(separators) < 0)
            return Cleaned(text, 0, text.Length) is { Length: > 0 } single ? [single] : [];
        // Commas inside amount-like runs are protected by marking their positions (rare: only
        // texts with a comma pay for the regular expressions).
        HashSet<int>? keptCommas = null;
        if (commaSplits && text.Contains(',', StringComparison.Ordinal))
        {
            foreach (Match run in DigitCommaRun().Matches(text))
            {
                if (!AmountLike().IsMatch(run.Value)) continue;
                for (var i = run.Index; i < run.Index + run.Length; i++)
                    if (text[i] == ',') (keptCommas ??= []).Add(i);
            }
        }

        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var splits = text[i] switch
            {
                '|' or '/' or '\n' or '\r' => true,
                ';' => semicolonSplits,
                ',' => commaSplits && keptCommas?.Contains(i) != true,
                _ => false,
            };
            if (!splits) continue;
            AddCleaned(result, text, start, i - start);
            start = i + 1;
        }
        AddCleaned(result, text, start, text.Length - start);
        return result;
    }

    private static List<string> Clean(IEnumerable<string> items)
    {
        var result = new List<string>();
        foreach (var item in items)
            AddCleaned(result, item ?? "", 0, item?.Length ?? 0);
        return result;
    }

    /// <summary>Adds the item with its spaces cleaned, unless blank or already there (case-insensitively).</summary>
    private static void AddCleaned(List<string> result, string text, int start, int length)
    {
        var item = Cleaned(text, start, length);
        if (item.Length == 0) return;
        // Lists hold a handful of items: a linear search beats building a set for each cell.
        foreach (var existing in result)
            if (string.Equals(existing, item, StringComparison.OrdinalIgnoreCase)) return;
        result.Add(item);
    }

    private static string Cleaned(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        return NumberText.IsClean(span)
            ? (length == text.Length ? text : span.ToString())
            : NumberText.CleanSpaces(span.ToString());
    }

    private static string FormatNumber(double n) =>
        n == Math.Floor(n) && Math.Abs(n) < 1e15
            ? ((long)n).ToString(CultureInfo.InvariantCulture)
            : n.ToString("R", CultureInfo.InvariantCulture);
}
