using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Ingestion;

public sealed record IngestionOptions
{
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>Rows per Parquet row group: bounds memory whatever the file's size.</summary>
    public int RowGroupSize { get; init; } = 10_000;

    public static IngestionOptions Default { get; } = new();
}
