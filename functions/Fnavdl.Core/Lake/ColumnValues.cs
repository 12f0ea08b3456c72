using System.Collections;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Lake;

/// <summary>
/// How each column of a table definition takes its value from a row. The column's name, type and
/// nullability come from the definition (<see cref="TableDefinition.Columns"/>); this only says where
/// the value is. <see cref="Bind"/> refuses a column with no value, a value with no column, and a value
/// whose type is not the declared one, so the definition and the writer cannot drift apart.
/// </summary>
internal sealed class ColumnValues<TRow> : IEnumerable<KeyValuePair<string, object>>
{
    // A delegate, or a JoinedList<TRow> for a list stored joined in a text column.
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public void Add(string column, Func<TRow, string?> value) => Put(column, value);
    public void Add(string column, Func<TRow, int> value) => Put(column, value);
    public void Add(string column, Func<TRow, int?> value) => Put(column, value);
    public void Add(string column, Func<TRow, bool> value) => Put(column, value);
    public void Add(string column, Func<TRow, bool?> value) => Put(column, value);
    public void Add(string column, Func<TRow, double> value) => Put(column, value);
    public void Add(string column, Func<TRow, decimal> value) => Put(column, value);
    public void Add(string column, Func<TRow, decimal?> value) => Put(column, value);
    public void Add(string column, Func<TRow, DateOnly?> value) => Put(column, value);
    public void Add(string column, Func<TRow, DateTimeOffset> value) => Put(column, value);
    public void Add(string column, JoinedList<TRow> value) => Put(column, value);

    private void Put(string column, object value)
    {
        if (!_values.TryAdd(column, value)) throw new InvalidOperationException($"Column '{column}' is given two values.");
    }

    /// <summary>The table's file columns (<see cref="ColumnDefinition.InFile"/>); the others are its view's alone.</summary>
    public LakeTable<TRow> Bind(TableDefinition table)
    {
        var columns = table.Columns.Where(c => c.InFile).ToList();
        var missing = columns.Where(c => !_values.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        var extra = _values.Keys.Where(name => columns.All(c => c.Name != name)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            throw new InvalidOperationException(
                $"Table '{table.Name}': no value for [{string.Join(", ", missing)}], no column for [{string.Join(", ", extra)}].");
        return new LakeTable<TRow>(table.Name, [.. columns.Select(c => Column(c, _values[c.Name]))]);
    }

    // Func<TRow, string> and Func<TRow, string?> are one runtime type: nullability decides between them.
    private static LakeColumn<TRow> Column(ColumnDefinition column, object value) => (column.Type, column.Nullable, value) switch
    {
        (ColumnType.Text, var nullable, JoinedList<TRow> list) => Lake.Column.JoinedText(column.Name, nullable, list),
        (ColumnType.Text, false, Func<TRow, string?> f) => Lake.Column.Text(column.Name, f!),
        (ColumnType.Text, true, Func<TRow, string?> f) => Lake.Column.OptionalText(column.Name, f),
        (ColumnType.Integer, false, Func<TRow, int> f) => Lake.Column.Int32(column.Name, f),
        (ColumnType.Integer, true, Func<TRow, int?> f) => Lake.Column.OptionalInt32(column.Name, f),
        (ColumnType.Boolean, false, Func<TRow, bool> f) => Lake.Column.Boolean(column.Name, f),
        (ColumnType.Boolean, true, Func<TRow, bool?> f) => Lake.Column.OptionalBoolean(column.Name, f),
        (ColumnType.Double, false, Func<TRow, double> f) => Lake.Column.Double(column.Name, f),
        (ColumnType.Money, false, Func<TRow, decimal> f) => Lake.Column.Money(column.Name, f),
        (ColumnType.Money, true, Func<TRow, decimal?> f) => Lake.Column.OptionalMoney(column.Name, f),
        (ColumnType.Date, true, Func<TRow, DateOnly?> f) => Lake.Column.OptionalDate(column.Name, f),
        (ColumnType.Timestamp, false, Func<TRow, DateTimeOffset> f) => Lake.Column.TimestampUtc(column.Name, f),
        _ => throw new InvalidOperationException(
            $"Column '{column.Name}' is declared {column.Type}{(column.Nullable ? " (nullable)" : "")} but its value is a {value.GetType().Name}."),
    };

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
