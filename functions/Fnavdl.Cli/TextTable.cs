using System.Text;

namespace Fnavdl.Cli;

/// <summary>Prints rows as an aligned plain-text table: numbers right-aligned, text left-aligned, nulls empty.</summary>
internal static class TextTable
{
    public static void Write(TerminalWriter output, IReadOnlyList<string> headers, IReadOnlyList<string?[]> rows, IReadOnlyList<bool> rightAligned)
    {
        // Cells are data (a DuckDB result): each is made one printable line before the columns are measured.
        headers = [.. headers.Select(TerminalText.Line)];
        rows = [.. rows.Select(row => row.Select(cell => cell is null ? null : TerminalText.Line(cell)).ToArray())];
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in rows)
            for (var i = 0; i < widths.Length; i++)
                widths[i] = Math.Max(widths[i], row[i]?.Length ?? 0);
        output.WriteLine(Line(headers.ToArray(), widths, rightAligned));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows) output.WriteLine(Line(row, widths, rightAligned));
    }

    private static string Line(string?[] cells, int[] widths, IReadOnlyList<bool> rightAligned)
    {
        var line = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            if (i > 0) line.Append("  ");
            var cell = cells[i] ?? "";
            line.Append(rightAligned[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        }
        return line.ToString().TrimEnd();
    }
}
