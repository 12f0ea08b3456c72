namespace Fnavdl.Core.Validation;

/// <summary>
/// One problem, in the shape Validata users know: a code, a French message, the row as the user
/// sees it (null for structure problems), the field and the offending value.
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
    public static ValidationIssue Error(string code, string message, int? row = null, string? field = null, string? value = null) =>
        new(code, Severity.Error, message, row, field, value);

    public static ValidationIssue Warning(string code, string message, int? row = null, string? field = null, string? value = null) =>
        new(code, Severity.Warning, message, row, field, value);
}
