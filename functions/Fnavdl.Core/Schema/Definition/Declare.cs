namespace Fnavdl.Core.Schema.Definition;

/// <summary>The short forms the table definitions are written in.</summary>
internal static class Declare
{
    public static FieldDefinition Field(string name, FieldType type, bool required, string title, string description, params string[] aliases) =>
        new(name, type, required, aliases) { Title = title, Description = description };

    /// <summary>
    /// The curated column that stores a file field: same name and description, its type follows from the
    /// field's (a list is stored joined with " | "), nullable unless the field is required.
    /// </summary>
    public static ColumnDefinition Stored(FieldDefinition field, bool? nullable = null, string? description = null) =>
        new(field.Name, StoredType(field.Type), nullable ?? !field.Required, description ?? field.Description, field);

    public static ColumnDefinition Derived(string name, ColumnType type, bool nullable, string description) =>
        new(name, type, nullable, description);

    public static ColumnType StoredType(FieldType type) => type switch
    {
        FieldType.Year or FieldType.Integer => ColumnType.Integer,
        FieldType.Amount => ColumnType.Money,
        FieldType.Date => ColumnType.Date,
        FieldType.Boolean => ColumnType.Boolean,
        _ => ColumnType.Text,
    };
}
