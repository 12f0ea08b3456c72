namespace Fnavdl.Core.Storage;

/// <summary>
/// Everything the pipeline reads and writes, behind ports, so the same core runs on a local folder
/// (CLI, tests) and on Azure Storage (Functions).
/// </summary>
public interface IPipelineStore
{
    /// <summary>Where regions drop files: <c>{code_region}/…/{file}</c>.</summary>
    IFileArea Uploads { get; }

    /// <summary>Immutable archive of every file version, by content hash.</summary>
    IFileArea Raw { get; }

    /// <summary>Curated, Hive-partitioned Parquet.</summary>
    IFileArea Curated { get; }

    /// <summary>Validation reports (JSON + HTML), per region.</summary>
    IFileArea Reports { get; }

    /// <summary>Derived tables computed from the curated data (indicators), Parquet.</summary>
    IFileArea Gold { get; }

    /// <summary>Yearly summaries (HTML, XLSX, JSON, Parquet): <c>annee=YYYY/…</c>, replaced whole.</summary>
    IFileArea Syntheses { get; }

    IIngestionLog Log { get; }

    IUnitRegistry Units { get; }

    /// <summary>A human-readable location for messages ("./fnavdl-store", "https://…").</summary>
    string Describe(string area, string path);
}
