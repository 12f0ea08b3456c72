namespace Fnavdl.Core.Summary;

/// <summary>
/// How a cell's number is meant to be read (the HTML formats it, the workbook maps it to a number format).
/// <see cref="Identifier"/> is a text that may break anywhere when wrapped: a SHA-256, a file path.
/// </summary>
internal enum CellKind { Text, Integer, Euros, Percent, Points, Decimal, DateTime, Identifier }

/// <summary>
/// One cell of a table for people: a number (with its format) or a text. <see cref="Masked"/> holds
/// the statistical-secrecy text shown instead of the number ("&lt; 11", "s.s."), the number being dropped.
/// </summary>
internal sealed record SummaryCell(string? Text, double? Number, CellKind Format, string? Masked = null)
{
    public static SummaryCell Of(string? text) => new(text, null, CellKind.Text);
    public static SummaryCell Empty { get; } = new(null, null, CellKind.Text);
}

/// <summary>
/// A table of the HTML page and the workbook (one sheet each), built once so both show the same cells.
/// <see cref="Anchor"/> is its id in the page; <see cref="RowHeader"/> the column that names a row (the region's name, not its code).
/// </summary>
internal sealed record SummaryTable(string Anchor, string Sheet, string Title, string? Note, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<SummaryCell>> Rows, int RowHeader = 0);
