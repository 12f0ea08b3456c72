namespace Fnavdl.Core.Schema.Definition;

/// <summary>
/// The physical type of a curated column. Each maps to one Parquet type (see <c>Lake/Column</c>) and
/// to one type in each query engine (<see cref="Publication.SqlTypes"/>).
/// </summary>
public enum ColumnType
{
    /// <summary>UTF-8 string.</summary>
    Text,
    /// <summary>32-bit integer.</summary>
    Integer,
    Boolean,
    /// <summary>64-bit floating point.</summary>
    Double,
    /// <summary>Euros with cents: DECIMAL(18,2).</summary>
    Money,
    /// <summary>Calendar date, no time.</summary>
    Date,
    /// <summary>An instant, UTC, milliseconds.</summary>
    Timestamp,
}
