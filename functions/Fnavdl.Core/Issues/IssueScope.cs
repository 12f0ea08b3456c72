namespace Fnavdl.Core.Issues;

/// <summary>
/// What a problem is about, so its sentence says where to look: a cell (or a row, named by the
/// cell of the field at fault) and a column are named by the column as the file wrote it, in the
/// sentence itself — a person reading the HTML report or the terminal sees the sentence, not the
/// JSON <c>column</c> field.
/// </summary>
public enum IssueScope
{
    /// <summary>The file as a whole: its format, size, encoding, path, header row.</summary>
    File,
    /// <summary>One column of the header: its templates name it with <c>{Colonne}</c>.</summary>
    Column,
    /// <summary>One cell or row: its templates name the cell's column with <c>{Colonne}</c>.</summary>
    Cell,
}
