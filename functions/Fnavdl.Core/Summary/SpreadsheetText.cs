namespace Fnavdl.Core.Summary;

/// <summary>
/// OWASP's rule against formula (CSV) injection for text a spreadsheet shows: a text starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with an apostrophe,
/// so "=HYPERLINK(…)" typed by a region stays text even once the sheet is saved again as CSV.
/// </summary>
/// <remarks>
/// The same rule and signature as the exports' <c>Fnavdl.Core.Export.SpreadsheetText.Cell</c>, written
/// here while that one is not on main: when it is, this file goes and the workbook uses that one.
/// </remarks>
internal static class SpreadsheetText
{
    public static string? Cell(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
