namespace Fnavdl.Core.Schema.Definition;

/// <summary>A column of a curated table: its name, physical type, nullability and French description.</summary>
/// <param name="Source">The file field it stores, or null for a column the pipeline derives (counts, lineage, keys).</param>
public sealed record ColumnDefinition(string Name, ColumnType Type, bool Nullable, string Description, FieldDefinition? Source = null)
{
    /// <summary>
    /// Where the column's values are: in the table's own files, or only in its view, taken from the unit's
    /// <c>depots</c> file or from its <c>projets</c> row (<see cref="ColumnPlace"/>).
    /// </summary>
    public ColumnPlace Place { get; init; } = ColumnPlace.File;

    /// <summary>True when the table's Parquet files hold the column (false: its view joins it back).</summary>
    public bool InFile => Place == ColumnPlace.File;
}
