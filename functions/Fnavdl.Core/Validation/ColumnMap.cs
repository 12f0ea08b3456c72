using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Validation;

/// <summary>
/// Where each canonical field sits in the source rows (resolved once from the header), and the
/// header texts as the file wrote them, so problems name the region's own columns.
/// </summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _headers;
    private readonly HeaderMatch _match;
    private Dictionary<string, int>? _byHeader;

    public ColumnMap(HeaderMatch match, IReadOnlyList<string> headers)
    {
        _headers = headers;
        _match = match;
        for (var i = 0; i < match.ColumnFields.Count; i++)
            if (match.ColumnFields[i] is { } field)
                _columns.TryAdd(field.Name, i);
        while (FirstWithoutHeader < headers.Count && headers[FirstWithoutHeader].Length > 0) FirstWithoutHeader++;
    }

    /// <summary>The first column with no header text (blank, or past the header): every column before it has one.</summary>
    public int FirstWithoutHeader { get; }

    /// <summary>Column index of a field, or -1 when the file has no such column.</summary>
    public int IndexOf(string field) => _columns.TryGetValue(field, out var index) ? index : -1;

    public int IndexOf(FieldDefinition field) => IndexOf(field.Name);

    public bool Has(string field) => _columns.ContainsKey(field);

    /// <summary>The unit the column's header states for its amounts (« (k€) »), or null for euros.</summary>
    public AmountUnit? UnitOf(int column) => _match.UnitOf(column);

    /// <summary>The header text of a column as the file wrote it, or null past the header.</summary>
    public string? HeaderOf(int column) =>
        column >= 0 && column < _headers.Count && _headers[column].Length > 0 ? _headers[column] : null;

    /// <summary>Index of the column whose header is exactly <paramref name="header"/>, or -1.</summary>
    public int IndexOfHeader(string header)
    {
        // Asked once per unknown or repeated column: a lookup, or 100 000 JSON keys cost 10^10 comparisons.
        if (_byHeader is null)
        {
            _byHeader = new Dictionary<string, int>(_headers.Count, StringComparer.Ordinal);
            for (var i = 0; i < _headers.Count; i++) _byHeader.TryAdd(_headers[i], i);
        }
        return _byHeader.TryGetValue(header, out var index) ? index : -1;
    }

    public static RawValue Cell(RawRow row, int column) => column < 0 ? RawValue.Empty : row[column];
}
