namespace Fnavdl.Core.Schema.Definition;

/// <summary>
/// One table of the data contract: the fields a region's file may hold (in the order the contract
/// lists them) and the columns of the curated table (in Parquet order).
/// </summary>
/// <param name="Name">The curated table's name, also its folder in the lake and its view's name.</param>
/// <param name="Kind">The report kind whose files feed the table, or null for a bridge table derived from projets.</param>
/// <param name="Fields">The fields read from the file (empty for a bridge table).</param>
/// <param name="Columns">The curated columns, in file order.</param>
/// <param name="PrimaryKey">The fields that identify a row within one file (the Table Schema <c>primaryKey</c>).</param>
public sealed record TableDefinition(
    string Name,
    ReportKind? Kind,
    string Title,
    string Description,
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<string> PrimaryKey)
{
    public FieldDefinition Field(string name) =>
        Fields.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"Table '{Name}' has no field '{name}'.", nameof(name));

    public ColumnDefinition Column(string name) =>
        Columns.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"Table '{Name}' has no column '{name}'.", nameof(name));
}
