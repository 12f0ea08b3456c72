using System.Text.Encodings.Web;
using System.Text.Json;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Validation.Report;

/// <summary>
/// The machine-readable report, Validata-style: each problem has `code`, a French `message`,
/// `row` as the user sees it (null for structure problems), `field` and `value`, and the
/// region's own terms: `column` as the file wrote it, `columnNumber` and, for XLSX, `cell`.
/// `sourceRows` holds the first faulty rows as written, under `sourceTables`' headers.
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
        if (report.RegionName is not null) json.WriteString("regionName", report.RegionName);
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
        WriteSourceRows(json, report);
        json.WriteEndObject();
    }

    private static void WriteSourceRows(Utf8JsonWriter json, ValidationReport report)
    {
        json.WriteStartArray("sourceTables");
        foreach (var table in report.SourceTables)
        {
            json.WriteStartObject();
            WriteNullable(json, "sheet", table.Sheet);
            WriteStrings(json, "header", table.Header);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("sourceRows");
        foreach (var row in report.SourceRows)
        {
            json.WriteStartObject();
            json.WriteNumber("table", row.Table);
            WriteNullable(json, "sheet", row.Sheet);
            json.WriteNumber("row", row.Row);
            WriteStrings(json, "cells", row.Cells);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
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
            WriteNullable(json, "field", issue.Field);
            WriteNullable(json, "column", issue.Column);
            if (issue.ColumnNumber is { } number) json.WriteNumber("columnNumber", number); else json.WriteNull("columnNumber");
            WriteNullable(json, "cell", issue.Cell);
            WriteNullable(json, "value", issue.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
