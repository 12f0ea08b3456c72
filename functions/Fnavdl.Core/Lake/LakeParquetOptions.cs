using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Lake;

/// <summary>How curated files are encoded: the same options for every file, so equal rows give equal bytes.</summary>
internal static class LakeParquetOptions
{
    /// <summary>
    /// Values sampled before a text column's dictionary is built: a column whose first values are mostly
    /// distinct (titles, project ids) is written plain without hashing the whole row group.
    /// </summary>
    private const int DictionarySampleSize = 1_000;

    // Snappy: what every reader of the lake understands (DuckDB, Power BI, Spark, pandas).
    // The pools of Parquet.Net's recyclable streams may keep 16 + 64 MB of free buffers by default:
    // a unit's row group needs far less, and memory must not grow with the file.
    // Text columns are dictionary-encoded when their values repeat (region, call, types, codes, lineage):
    // Parquet.Net 6 does so only for the columns given the hint; readers then decode each distinct value once.
    public static ParquetOptions Create(ParquetSchema schema)
    {
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Snappy,
            MaximumSmallPoolFreeBytes = 2 * 1024 * 1024,
            MaximumLargePoolFreeBytes = 8 * 1024 * 1024,
            DictionaryEncodingSampleSize = DictionarySampleSize,
        };
        foreach (var field in schema.GetDataFields())
            if (field is DataField<string>) options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
        return options;
    }
}
