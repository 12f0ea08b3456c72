namespace Fnavdl.Core.Reading;

/// <summary>
/// A source row with the position a person sees in their tool: the CSV line number (header is
/// line 1), the XLSX sheet row number, or the 1-based index of the object in a JSON array.
/// </summary>
public sealed record RawRow(int RowNumber, RawValue[] Cells)
{
    public RawValue this[int column] => column < Cells.Length ? Cells[column] : RawValue.Empty;

    public bool IsBlank
    {
        get
        {
            foreach (var cell in Cells)
                if (!cell.IsEmpty) return false;
            return true;
        }
    }
}
