using Parquet;

namespace Fnavdl.Core.Lake;

/// <summary>How curated files are encoded: the same options for every file, so equal rows give equal bytes.</summary>
internal static class LakeParquetOptions
{
    // Snappy: what every reader of the lake understands (DuckDB, Power BI, Spark, pandas).
    public static ParquetOptions Create() => new() { CompressionMethod = CompressionMethod.Snappy };
}
