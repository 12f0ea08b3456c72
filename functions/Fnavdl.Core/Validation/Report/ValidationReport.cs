namespace Fnavdl.Core.Validation.Report;

/// <summary>
/// The region's answer for one uploaded file: every error and warning, and what was found.
/// It holds no clock time, so validating the same file twice gives the same report.
/// </summary>
public sealed record ValidationReport
{
    public required string SourcePath { get; init; }
    public required string CodeRegion { get; init; }
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
    public required string ReferenceSource { get; init; }
    public bool IsValid => ErrorCount == 0;
}
