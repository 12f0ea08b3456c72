using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fnavdl.Core.Validation.Report;

/// <summary>
/// The machine-readable report, Validata-style: each problem has `code`, a French `message`,
/// `row` as the user sees it (null for structure problems), `field` and `value`.
/// </summary>
public static class ValidationReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep accents readable in the file regions open in a text editor.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(ValidationReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("file", report.SourcePath);
        json.WriteString("region", report.CodeRegion);
        if (report.Sha256 is not null) json.WriteString("sha256", report.Sha256);
        json.WriteNumber("size", report.SizeBytes);
        json.WriteStartArray("kinds");
        foreach (var kind in report.Kinds) json.WriteStringValue(kind);
        json.WriteEndArray();
        json.WriteBoolean("valid", report.IsValid);
        json.WriteNumber("rows", report.Rows);
        json.WriteStartObject("stats");
        json.WriteNumber("errors", report.ErrorCount);
        json.WriteNumber("warnings", report.WarningCount);
        json.WriteNumber("omitted", report.Omitted);
        json.WriteEndObject();
        json.WriteString("reference", report.ReferenceSource);
        WriteIssues(json, "errors", report.Issues.Where(i => i.Severity == Severity.Error));
        WriteIssues(json, "warnings", report.Issues.Where(i => i.Severity == Severity.Warning));
        json.WriteEndObject();
    }

    public static byte[] ToBytes(ValidationReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return buffer.ToArray();
    }

    private static void WriteIssues(Utf8JsonWriter json, string name, IEnumerable<ValidationIssue> issues)
    {
        json.WriteStartArray(name);
        foreach (var issue in issues)
        {
            json.WriteStartObject();
            json.WriteString("code", issue.Code);
            json.WriteString("message", issue.Message);
            if (issue.Row is { } row) json.WriteNumber("row", row); else json.WriteNull("row");
            if (issue.Sheet is not null) json.WriteString("sheet", issue.Sheet);
            if (issue.Field is not null) json.WriteString("field", issue.Field); else json.WriteNull("field");
            if (issue.Value is not null) json.WriteString("value", issue.Value); else json.WriteNull("value");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
