using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Assembles the rows every reader hands on, and charges each to the read's <see cref="ReadBudget"/>:
/// the one place where a row's declared width (a column letter, a field count, a JSON key's place
/// in the header) turns into memory. A row gets dense slots for its first columns only as long as
/// they are at most <see cref="Slack"/> + 2 × its non-empty cells; the cells past them go to
/// <see cref="RawRow.Beyond"/>. Reused from row to row: one builder per enumeration.
/// </summary>
internal sealed class RawRowBuilder(ReadBudget budget)
{
    /// <summary>Dense slots a row may hold beyond twice its non-empty cells (a report's rows are narrower: they stay dense).</summary>
    public const int Slack = 32;

    /// <summary>Columns of a table in any format: a spreadsheet's A…XFD. A value beyond refuses the file at its row.</summary>
    public const int MaxColumns = 16_384;

    private readonly List<RawCell> _cells = [];
    private RawValue[]? _dense;
    private int _width;
    private bool _ordered = true;
    private bool _beyondLastColumn;

    /// <summary>
    /// Starts a row. <paramref name="width"/> is the columns the row is known to span (a CSV record's
    /// fields, trailing empty ones included), 0 when it grows with its cells.
    /// </summary>
    public void Begin(int width = 0)
    {
        _cells.Clear();
        _ordered = true;
        _beyondLastColumn = false;
        _width = Math.Min(width, MaxColumns);
        // The common row, narrow: filled in place, as wide as it says.
        _dense = width is > 0 and <= Slack ? new RawValue[width] : null;
    }

    /// <summary>
    /// Sets a cell; a later one of the same column replaces it. An empty <paramref name="value"/>
    /// still widens the row when <paramref name="present"/> (a spreadsheet cell holding only spaces).
    /// </summary>
    public void Set(int column, RawValue value, bool present = true)
    {
        if (_dense is not null)
        {
            if (column < _dense.Length)
            {
                _dense[column] = value;
                return;
            }
            Spill();
        }
        if (column >= MaxColumns)
        {
            // Empty cells past the last column are nothing (a line of a million delimiters); a value is refused at Build.
            if (!value.IsEmpty) _beyondLastColumn = true;
            return;
        }
        if (present && column >= _width) _width = column + 1;
        if (value.IsEmpty)
        {
            // An empty cell only matters when it replaces a value set before.
            if (_cells.Count > 0 && _cells[^1].Column >= column) Add(column, value);
            return;
        }
        Add(column, value);
    }

    private void Add(int column, RawValue value)
    {
        if (_cells.Count > 0 && _cells[^1].Column >= column) _ordered = false;
        _cells.Add(new RawCell(column, value));
    }

    /// <summary>Moves the dense cells to the sparse list: the row turned out wider than it started.</summary>
    private void Spill()
    {
        var dense = _dense!;
        _dense = null;
        for (var i = 0; i < dense.Length; i++)
            if (!dense[i].IsEmpty) _cells.Add(new RawCell(i, dense[i]));
    }

    /// <summary>The row, charged to the budget (one row and its non-empty cells).</summary>
    /// <exception cref="UnreadableFileException">The read is past its cell allowance.</exception>
    public RawRow Build(int rowNumber)
    {
        if (_beyondLastColumn)
        {
            throw new UnreadableFileException(IssueCatalog.FichierDisproportionne.ColonneAuDela.Format(
                ("Ligne", rowNumber), ("MaxColonnes", "16 384")), rowNumber);
        }
        if (_dense is { } dense)
        {
            _dense = null;
            var filled = 0;
            foreach (var cell in dense)
                if (!cell.IsEmpty) filled++;
            budget.Cells(rowNumber, filled);
            return new RawRow(rowNumber, dense);
        }
        if (!_ordered) Order();
        // Empty cells were kept only to replace earlier values: drop them now.
        var count = 0;
        foreach (var cell in _cells)
            if (!cell.Value.IsEmpty) count++;
        budget.Cells(rowNumber, count);

        var denseWidth = (int)Math.Min(_width, Slack + 2L * count);
        if (denseWidth < _width)
        {
            // Too sparse to hold densely: dense up to the last value inside the allowance, the rest beyond.
            var last = -1;
            foreach (var cell in _cells)
                if (cell.Column < denseWidth && !cell.Value.IsEmpty) last = cell.Column;
            denseWidth = last + 1;
        }
        var cells = denseWidth == 0 ? [] : new RawValue[denseWidth];
        var beyondCount = 0;
        foreach (var cell in _cells)
        {
            if (cell.Column < denseWidth) cells[cell.Column] = cell.Value;
            else if (!cell.Value.IsEmpty) beyondCount++;
        }
        if (beyondCount == 0) return new RawRow(rowNumber, cells);
        var beyond = new RawCell[beyondCount];
        var at = 0;
        foreach (var cell in _cells)
            if (cell.Column >= denseWidth && !cell.Value.IsEmpty) beyond[at++] = cell;
        return new RawRow(rowNumber, cells) { Beyond = beyond };
    }

    /// <summary>Sorts by column, the last cell set for a column winning.</summary>
    private void Order()
    {
        // Stable: List.Sort is not, so the index breaks ties.
        var indexed = new (RawCell Cell, int Index)[_cells.Count];
        for (var i = 0; i < indexed.Length; i++) indexed[i] = (_cells[i], i);
        Array.Sort(indexed, static (a, b) => a.Cell.Column != b.Cell.Column ? a.Cell.Column.CompareTo(b.Cell.Column) : a.Index.CompareTo(b.Index));
        _cells.Clear();
        foreach (var (cell, _) in indexed)
        {
            if (_cells.Count > 0 && _cells[^1].Column == cell.Column) _cells[^1] = cell;
            else _cells.Add(cell);
        }
        _ordered = true;
    }
}
