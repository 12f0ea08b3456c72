namespace Fnavdl.Core.Validation.Report;

/// <summary>A table of the file (a CSV file, an XLSX sheet, a JSON array) with its header as the file wrote it.</summary>
public sealed record SourceTable(string? Sheet, IReadOnlyList<string> Header);
