using Parquet;

namespace Fnavdl.Core.Lake;

/// <summary>How curated files are encoded: the same options for every file, so equal rows give equal bytes.</summary>
internal static class LakeParquetOptions
{
    // Snappy: what every reader of the lake understands (DuckDB, Power BI, Spark, pandas).
    // The pools of Parquet.Net's recyclable streams may keep 16 + 64 MB of free buffers by default:
    // a unit's row group needs far less, and memory must not grow with the file.
    public static ParquetOptions Create() => new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        MaximumSmallPoolFreeBytes = 2 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 8 * 1024 * 1024,
    };
}
