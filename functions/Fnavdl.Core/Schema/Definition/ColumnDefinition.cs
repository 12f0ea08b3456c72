namespace Fnavdl.Core.Schema.Definition;

/// <summary>A column of a curated table: its name, physical type, nullability and French description.</summary>
/// <param name="Source">The file field it stores, or null for a column the pipeline derives (counts, lineage, keys).</param>
public sealed record ColumnDefinition(string Name, ColumnType Type, bool Nullable, string Description, FieldDefinition? Source = null);
