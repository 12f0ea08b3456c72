using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Validation;

/// <summary>
/// One problem, in the shape Validata users know: a code, a French message, the row as the user
/// sees it (null for structure problems), the canonical field and the offending value — and,
/// so the region finds it in its own file, the column as the file wrote it, its position and,
/// for XLSX, the cell reference ("N12").
/// </summary>
public sealed record ValidationIssue(
    string Code,
    Severity Severity,
    string Message,
    int? Row = null,
    string? Field = null,
    string? Value = null,
    string? Sheet = null)
{
    /// <summary>The header of the column as the file wrote it (e.g. "Montant accordé (€)").</summary>
    public string? Column { get; init; }

    /// <summary>1-based position of that column in the file's rows (Validata's `fieldNumber`).</summary>
    public int? ColumnNumber { get; init; }

    /// <summary>The XLSX cell reference ("N12"); null for CSV and JSON.</summary>
    public string? Cell { get; init; }

    /// <summary>
    /// An issue worded by the <see cref="IssueCatalog"/>, whose severity it takes. A message that awaits its
    /// column gets <paramref name="column"/> (the header as the file wrote it), else the canonical field.
    /// </summary>
    public static ValidationIssue Of(IssueMessage message, int? row = null, string? field = null, string? value = null, string? sheet = null,
        string? column = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.AwaitsColumn ? message.InColumn(column ?? field ?? "").Text : message.Text;
        return new(message.Code, message.Severity, text, row, field, value, sheet) { Column = column };
    }
}
