namespace Fnavdl.Core.Validation.Report;

/// <summary>A table of the file (a CSV file, an XLSX sheet, a JSON array) with its header as the file wrote it.</summary>
public sealed record SourceTable(string? Sheet, IReadOnlyList<string> Header);

/// <summary>A row that has a problem, its cells as the file wrote them, so the region sees the row in its own terms.</summary>
/// <param name="Table">Index into <see cref="ValidationReport.SourceTables"/>.</param>
public sealed record SourceRow(int Table, string? Sheet, int Row, IReadOnlyList<string> Cells);
