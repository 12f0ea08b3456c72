namespace Fnavdl.Core.Spreadsheets;

/// <summary>Spreadsheet A1 references: what an officer types in Excel's name box to reach a cell.</summary>
internal static class CellReference
{
    /// <summary>"A" for 0, "Z" for 25, "AA" for 26…</summary>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        Span<char> letters = stackalloc char[4];
        var at = letters.Length;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            letters[--at] = (char)('A' + (n - 1) % 26);
        return new string(letters[at..]);
    }

    public static string Of(int column, int row) => ColumnLetters(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
