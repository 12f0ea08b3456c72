namespace Fnavdl.Core.Validation.Report;

/// <summary>
/// The region's answer for one uploaded file: every error and warning, and what was found.
/// It holds no clock time, so validating the same file twice gives the same report.
/// </summary>
public sealed record ValidationReport
{
    public required string SourcePath { get; init; }
    public required string CodeRegion { get; init; }
    /// <summary>The region's official name, beside its code.</summary>
    public string? RegionName { get; init; }
    public string? Sha256 { get; init; }
    public long SizeBytes { get; init; }
    /// <summary>Report kinds found in the file (`projets`, `suivi`, `enveloppes`).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public int Rows { get; init; }
    public int ErrorCount { get; init; }
    public int WarningCount { get; init; }
    /// <summary>Problems counted but not listed (the list is capped).</summary>
    public int Omitted { get; init; }
    public IReadOnlyList<ValidationIssue> Issues { get; init; } = [];
    /// <summary>The tables of the file with their headers as written (indexed by <see cref="SourceRow.Table"/>).</summary>
    public IReadOnlyList<SourceTable> SourceTables { get; init; } = [];
    /// <summary>The first rows that have a problem, cells as written (bounded: <see cref="Fnavdl.Core.Validation.SourceRowSample"/>).</summary>
    public IReadOnlyList<SourceRow> SourceRows { get; init; } = [];
    public required string ReferenceSource { get; init; }
    public bool IsValid => ErrorCount == 0;
}
