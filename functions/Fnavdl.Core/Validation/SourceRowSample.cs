using Fnavdl.Core.Reading;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Validation;

/// <summary>
/// Keeps the first rows that have a problem, cells as written, so the report can show each row
/// under the file's own headers. Bounded in rows, cells and characters: a hostile or huge file
/// cannot make the report grow past a few hundred kilobytes.
/// </summary>
internal sealed class SourceRowSample
{
    public const int MaxRows = 200;
    public const int MaxCells = 60;
    public const int MaxCellChars = 200;

    private readonly List<SourceTable> _tables = [];
    private readonly List<SourceRow> _rows = [];
    private readonly HashSet<(int Table, int Row)> _kept = [];

    public IReadOnlyList<SourceTable> Tables => _tables;
    public IReadOnlyList<SourceRow> Rows => _rows;

    /// <summary>Registers a table's header; returns its index for <see cref="Keep"/>.</summary>
    public int AddTable(string? sheet, IReadOnlyList<string> header)
    {
        _tables.Add(new SourceTable(sheet, Bounded(header.Count, i => header[i])));
        return _tables.Count - 1;
    }

    public void Keep(int table, string? sheet, RawRow row)
    {
        if (table < 0 || _rows.Count >= MaxRows || !_kept.Add((table, row.RowNumber))) return;
        _rows.Add(new SourceRow(table, sheet, row.RowNumber, Bounded(row.Width, i => row[i].Display)));
    }

    private static string[] Bounded(int count, Func<int, string> cell)
    {
        var cells = new string[Math.Min(count, MaxCells)];
        for (var i = 0; i < cells.Length; i++)
        {
            var text = cell(i);
            cells[i] = text.Length <= MaxCellChars ? text : string.Concat(text.AsSpan(0, MaxCellChars - 1), "…");
        }
        return cells;
    }
}
