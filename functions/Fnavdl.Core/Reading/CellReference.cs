namespace Fnavdl.Core.Reading;

/// <summary>A cell's address as spreadsheets show it: 0-based column 13, row 12 → <c>N12</c>.</summary>
public static class CellReference
{
    public static string Of(long column, long row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        var letters = new Stack<char>();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            letters.Push((char)('A' + (n - 1) % 26));
        return string.Concat(letters) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
