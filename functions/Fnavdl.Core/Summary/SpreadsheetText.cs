namespace Fnavdl.Core.Summary;

/// <summary>
/// OWASP's rule against formula (CSV) injection for text a spreadsheet shows: a text starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with an apostrophe,
/// so "=HYPERLINK(…)" typed by a region stays text even once the sheet is saved again as CSV.
/// </summary>
/// <remarks>Kept internal to the summary until the exports' shared helper reaches main; then one of the two goes.</remarks>
internal static class SpreadsheetText
{
    public static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
