using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Validation;

/// <summary>Where each canonical field sits in the source rows (resolved once from the header).</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public ColumnMap(HeaderMatch match)
    {
        for (var i = 0; i < match.ColumnFields.Count; i++)
            if (match.ColumnFields[i] is { } field)
                _columns.TryAdd(field.Name, i);
    }

    /// <summary>Column index of a field, or -1 when the file has no such column.</summary>
    public int IndexOf(string field) => _columns.TryGetValue(field, out var index) ? index : -1;

    public int IndexOf(FieldDefinition field) => IndexOf(field.Name);

    public bool Has(string field) => _columns.ContainsKey(field);

    public static RawValue Cell(RawRow row, int column) => column < 0 ? RawValue.Empty : row[column];
}
