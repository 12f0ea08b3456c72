namespace Fnavdl.Core.Validation;

/// <summary>A total row: its label and the label's column (-1 and null when only its amount tells), its amount, and the sum it should be.</summary>
/// <param name="ExpectedSum">The sum of the rows above, when the row's amount is not it (a label only); else null.</param>
internal sealed record TotalRow(int LabelColumn, string? Label, decimal? Amount, decimal? ExpectedSum)
{
    /// <summary>How many data rows the amount adds up (a row recognised by its amount).</summary>
    public int SummedRows { get; init; }
}
