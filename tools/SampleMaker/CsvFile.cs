using System.Text;

namespace SampleMaker;

/// <summary>
/// Writes a delimited text file the way spreadsheet exports do: a cell is quoted only when it
/// holds the delimiter, a quote or a line break (or when the caller forces quotes on text cells).
/// </summary>
public sealed class CsvFile(char delimiter, Encoding encoding, bool bom = false, string newLine = "\r\n", bool quoteAllText = false)
{
    private readonly List<IReadOnlyList<string>> _lines = [];

    public CsvFile Row(params IReadOnlyList<string> cells)
    {
        _lines.Add(cells);
        return this;
    }

    public void Save(string path)
    {
        var text = new StringBuilder();
        foreach (var line in _lines)
        {
            text.Append(string.Join(delimiter, line.Select(Quote)));
            text.Append(newLine);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = encoding.GetBytes(text.ToString());
        // Refuse to write what the encoding cannot hold (Windows-1252 would turn it into '?').
        if (encoding.GetString(bytes) != text.ToString())
            throw new InvalidOperationException($"{path}: text not representable in {encoding.WebName}");
        using var file = File.Create(path);
        if (bom) file.Write(encoding.GetPreamble());
        file.Write(bytes);
    }

    private string Quote(string cell)
    {
        var needs = cell.Contains(delimiter) || cell.Contains('"') || cell.Contains('\n') || cell.Contains('\r')
                    || (quoteAllText && cell.Length > 0 && !IsNumberLike(cell));
        return needs ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }

    private static bool IsNumberLike(string cell) => cell.All(c => char.IsDigit(c) || c == '.' || c == '-');
}
