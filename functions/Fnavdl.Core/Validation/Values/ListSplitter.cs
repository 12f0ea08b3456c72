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
public static partial class ListSplitter
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
        RawValueKind.Text => Clean(SplitText(raw.Text!, csvDelimiter)),
        RawValueKind.Number => [FormatNumber(raw.Number)],
        _ => [raw.Display],
    };

    private static IEnumerable<string> SplitText(string text, char? csvDelimiter)
    {
        var separators = new HashSet<char> { '|', '/', '\n', '\r' };
        if (csvDelimiter != ';') separators.Add(';');
        var commaSplits = csvDelimiter != ',';

        // Commas inside amount-like runs are protected by marking their positions.
        var keptCommas = new HashSet<int>();
        if (commaSplits)
        {
            foreach (Match run in DigitCommaRun().Matches(text))
            {
                if (!AmountLike().IsMatch(run.Value)) continue;
                for (var i = run.Index; i < run.Index + run.Length; i++)
                    if (text[i] == ',') keptCommas.Add(i);
            }
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var splits = separators.Contains(c) || (c == ',' && commaSplits && !keptCommas.Contains(i));
            if (!splits) continue;
            yield return text[start..i];
            start = i + 1;
        }
        yield return text[start..];
    }

    private static List<string> Clean(IEnumerable<string> items)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var item in items)
        {
            var trimmed = NumberText.CleanSpaces(item ?? "");
            if (trimmed.Length > 0 && seen.Add(trimmed)) result.Add(trimmed);
        }
        return result;
    }

    private static string FormatNumber(double n) =>
        n == Math.Floor(n) && Math.Abs(n) < 1e15
            ? ((long)n).ToString(CultureInfo.InvariantCulture)
            : n.ToString("R", CultureInfo.InvariantCulture);
}
