using Fnavdl.Core.Schema.Definition;
using Parquet.Schema;

namespace Fnavdl.Core.Publication;

/// <summary>The type each query engine gives a curated column (the Parquet types of <c>Lake/Column</c>).</summary>
public static class SqlTypes
{
    public static string DuckDb(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Integer => "INTEGER",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Double => "DOUBLE",
        ColumnType.Money => "DECIMAL(18,2)",
        ColumnType.Date => "DATE",
        ColumnType.Timestamp => "TIMESTAMP WITH TIME ZONE",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>
    /// Synapse serverless SQL: strings as UTF-8 with a binary UTF-8 collation, the one Microsoft
    /// recommends for Parquet (no conversion, no collation warning, filters pushed down).
    /// </summary>
    public static string Synapse(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8",
        ColumnType.Integer => "INT",
        ColumnType.Boolean => "BIT",
        ColumnType.Double => "FLOAT",
        ColumnType.Money => "DECIMAL(18,2)",
        ColumnType.Date => "DATE",
        ColumnType.Timestamp => "DATETIME2(3)",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The column type of a field of a Parquet schema written elsewhere (the gold indicators file).</summary>
    public static ColumnType Of(DataField field) => field.ClrType switch
    {
        var t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>) => ColumnType.Text,
        var t when t == typeof(int) => ColumnType.Integer,
        var t when t == typeof(bool) => ColumnType.Boolean,
        var t when t == typeof(double) => ColumnType.Double,
        var t when t == typeof(DateOnly) => ColumnType.Date,
        _ => throw new ArgumentException($"No column type for Parquet field '{field.Name}' ({field.ClrType.Name}).", nameof(field)),
    };
}
