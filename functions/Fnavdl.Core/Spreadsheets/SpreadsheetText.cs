namespace Fnavdl.Core.Spreadsheets;

/// <summary>
/// Text bound for a spreadsheet cell (CSV or XLSX), made inert. Regions type call names, project titles
/// and other free text; a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return is read as a formula by Excel or LibreOffice (<c>=HYPERLINK(…)</c>, <c>+cmd|…</c>, <c>@SUM(1)</c>).
/// OWASP's CSV-injection rule: prefix such a cell with a single quote, which both programs show as text.
/// </summary>
/// <remarks>
/// Only for text cells: a number written as a number (<c>-12,5</c> in a numeric column) must stay a number,
/// so callers pass numbers through their number formatter, never through <see cref="Cell"/>.
/// </remarks>
internal static class SpreadsheetText
{
    /// <summary>The characters that make a spreadsheet read a text cell as a formula.</summary>
    public static IReadOnlyList<char> FormulaStarts { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>True when <paramref name="text"/> would be evaluated if a spreadsheet opened it as a cell.</summary>
    public static bool IsFormulaLike(string? text) =>
        !string.IsNullOrEmpty(text) && FormulaStarts.Contains(text[0]);

    /// <summary>The text itself, or with a leading <c>'</c> when it would otherwise be read as a formula. Null stays null.</summary>
    public static string? Cell(string? text) => IsFormulaLike(text) ? "'" + text : text;
}
