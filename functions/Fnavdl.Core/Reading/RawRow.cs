namespace Fnavdl.Core.Reading;

/// <summary>
/// A source row with the position a person sees in their tool: the CSV line number (header is
/// line 1), the XLSX sheet row number, or the 1-based index of the object in a JSON array.
/// </summary>
/// <remarks>
/// <see cref="Cells"/> holds the row's first columns densely; a row far wider than its non-empty
/// cells (one value at column XFD, a JSON object among 100 000 keys) keeps the cells past them in
/// <see cref="Beyond"/>, by column. <see cref="RawRowBuilder"/> chooses: a row never holds more than
/// <see cref="RawRowBuilder.Slack"/> + 2 × its non-empty cells in slots, whatever width it declares.
/// Read a cell with the indexer, which sees both parts.
/// </remarks>
internal sealed record RawRow(int RowNumber, RawValue[] Cells)
{
    /// <summary>Non-empty cells past <see cref="Cells"/>, in column order.</summary>
    public RawCell[] Beyond { get; init; } = [];

    /// <summary>One past the last column the row holds a cell for (dense or beyond).</summary>
    public int Width => Beyond.Length > 0 ? Beyond[^1].Column + 1 : Cells.Length;

    public RawValue this[int column]
    {
        get
        {
            if ((uint)column < (uint)Cells.Length) return Cells[column];
            if (Beyond.Length == 0 || column < 0) return RawValue.Empty;
            var (low, high) = (0, Beyond.Length - 1);
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                var found = Beyond[middle].Column;
                if (found == column) return Beyond[middle].Value;
                if (found < column) low = middle + 1;
                else high = middle - 1;
            }
            return RawValue.Empty;
        }
    }

    public bool IsBlank
    {
        get
        {
            if (Beyond.Length > 0) return false;
            foreach (var cell in Cells)
                if (!cell.IsEmpty) return false;
            return true;
        }
    }

    /// <summary>The first non-empty cell at or after <paramref name="column"/>, or null: a walk that costs the row's cells, not its width.</summary>
    public RawCell? FirstNonEmptyFrom(int column)
    {
        for (var i = Math.Max(column, 0); i < Cells.Length; i++)
            if (!Cells[i].IsEmpty) return new RawCell(i, Cells[i]);
        foreach (var cell in Beyond)
            if (cell.Column >= column) return cell;
        return null;
    }
}

/// <summary>A cell of a row with its 0-based column.</summary>
internal readonly record struct RawCell(int Column, RawValue Value);
