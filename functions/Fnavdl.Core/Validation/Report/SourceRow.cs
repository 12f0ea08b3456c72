namespace Fnavdl.Core.Validation.Report;

/// <summary>A row that has a problem, its cells as the file wrote them, so the region sees the row in its own terms.</summary>
/// <param name="Table">Index into <see cref="ValidationReport.SourceTables"/>.</param>
public sealed record SourceRow(int Table, string? Sheet, int Row, IReadOnlyList<string> Cells);
