namespace Fnavdl.Core.Summary;

/// <summary>How a cell's number is meant to be read (the HTML formats it, the workbook maps it to a number format).</summary>
public enum CellKind { Text, Integer, Euros, Percent, Points, Decimal, DateTime }

/// <summary>
/// One cell of a table for people: a number (with its format) or a text. <see cref="Masked"/> holds
/// the statistical-secrecy text shown instead of the number ("&lt; 11", "s.s."), the number being dropped.
/// </summary>
public sealed record SummaryCell(string? Text, double? Number, CellKind Format, string? Masked = null)
{
    public static SummaryCell Of(string? text) => new(text, null, CellKind.Text);
    public static SummaryCell Empty { get; } = new(null, null, CellKind.Text);
}

/// <summary>A table of the HTML page and the workbook (one sheet each), built once so both show the same cells.</summary>
public sealed record SummaryTable(string Sheet, string Title, string? Note, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<SummaryCell>> Rows);
