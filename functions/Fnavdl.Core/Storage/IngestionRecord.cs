namespace Fnavdl.Core.Storage;

/// <summary>The ingestion log's record of one processed file version.</summary>
public sealed record IngestionRecord
{
    public required string IngestionId { get; init; }
    public required string CodeRegion { get; init; }
    public required string SourcePath { get; init; }
    public required string Sha256 { get; init; }
    public required long SizeBytes { get; init; }
    public string? Kind { get; init; }
    public required IngestionOutcome Outcome { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public required DateTimeOffset ProcessedAt { get; init; }
    public int Rows { get; init; }
    public int Errors { get; init; }
    public int Warnings { get; init; }
    /// <summary>Replacement units this version wrote (e.g. "projets/annee=2021/code_region=93/appel=...").</summary>
    public IReadOnlyList<string> UnitsWritten { get; init; } = [];
    /// <summary>Units this version contained but a newer upload already owned.</summary>
    public IReadOnlyList<string> UnitsSuperseded { get; init; } = [];
    public string? ReportPath { get; init; }
    public string? RawPath { get; init; }
    public double ValidationMs { get; init; }
    public double TotalMs { get; init; }
    /// <summary>
    /// For <see cref="IngestionOutcome.Failed"/>: what went wrong (never shown to regions as a stack trace); for a file
    /// rejected at its deadline, the deadline's message, so the log says why without opening the report.
    /// </summary>
    public string? FailureMessage { get; init; }
}
