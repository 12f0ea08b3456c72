using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Validation;

/// <summary>
/// Finds the header row of a CSV file or XLSX sheet: the first of its first rows that names a
/// report kind's columns. Title rows, blank rows and merged title cells above it are skipped.
/// </summary>
internal static class HeaderLocator
{
    /// <summary>How many non-blank rows may precede the header (titles, notes, a logo's caption…).</summary>
    public const int MaxRowsBeforeHeader = 30;

    /// <summary>
    /// Advances <paramref name="rows"/> past the header and returns its match, or null with the
    /// first non-blank row's cells (to tell the region what was found instead).
    /// </summary>
    /// <remarks>Each candidate costs its width (its texts are matched column by column): charged to <paramref name="budget"/>.</remarks>
    public static (HeaderMatch? Match, IReadOnlyList<string> Header, int HeaderRow) Find(IEnumerator<RawRow> rows, ReadBudget budget)
    {
        IReadOnlyList<string> firstSeen = [];
        var seen = 0;
        while (seen < MaxRowsBeforeHeader && rows.MoveNext())
        {
            var row = rows.Current;
            if (row.IsBlank) continue;
            seen++;
            // A row far wider than its values (one cell at XFD) is matched on its values alone: only a
            // header is spread over its full width, once.
            if (row.Beyond.Length > 0)
            {
                var values = Values(row);
                budget.Spend(values.Length);
                if (seen == 1) firstSeen = values;
                if (KindDetector.Detect(values) is null) continue;
            }
            budget.Spend(row.Width);
            var cells = Texts(row);
            if (seen == 1) firstSeen = cells;
            if (KindDetector.Detect(cells) is { } match) return (match, cells, row.RowNumber);
        }
        return (null, firstSeen, 0);
    }

    /// <summary>The row's non-empty texts in column order: what <see cref="KindDetector"/> matches, without the blanks between.</summary>
    private static string[] Values(RawRow row)
    {
        var values = new List<string>();
        foreach (var cell in row.Cells)
            if (!cell.IsEmpty) values.Add(cell.Display.Trim());
        foreach (var cell in row.Beyond) values.Add(cell.Value.Display.Trim());
        return [.. values];
    }

    public static string[] Texts(RawRow row)
    {
        var cells = new string[row.Width];
        for (var i = 0; i < row.Cells.Length; i++) cells[i] = row.Cells[i].Display.Trim();
        if (row.Beyond.Length == 0) return cells;
        Array.Fill(cells, "", row.Cells.Length, cells.Length - row.Cells.Length);
        foreach (var cell in row.Beyond) cells[cell.Column] = cell.Value.Display.Trim();
        return cells;
    }
}
