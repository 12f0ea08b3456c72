using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fnavdl.Core.Spreadsheets;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// The long table as text for people and tools: JSON (an array of objects named after the spec's
/// columns, codes only) and CSV for a French Excel (labels beside the codes). Shared by the CLI and the HTTP API so both give the same bytes.
/// </summary>
public static class IndicatorExport
{
    public static IReadOnlyList<string> Columns { get; } =
        ["annee", "perimetre", "code_region", "appel_a_projets", "indicateur", "dimension", "valeur", "numerateur", "denominateur", "unite"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static byte[] ToJson(IReadOnlyList<IndicatorRow> rows, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var r in rows)
            {
                json.WriteStartObject();
                json.WriteNumber("annee", r.Annee);
                json.WriteString("perimetre", r.Perimetre);
                json.WriteString("code_region", r.CodeRegion);
                json.WriteString("appel_a_projets", r.AppelAProjets);
                json.WriteString("indicateur", r.Indicateur);
                json.WriteString("dimension", r.Dimension);
                json.WriteNumber("valeur", r.Valeur);
                WriteOptional(json, "numerateur", r.Numerateur);
                WriteOptional(json, "denominateur", r.Denominateur);
                json.WriteString("unite", r.Unite);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// For Excel in French: a BOM so it reads UTF-8, ';' between fields and a decimal comma (what a
    /// French Excel expects on opening a .csv; tools that want dots use the JSON), numbers unrounded
    /// ("R"), CRLF line ends, the columns of <see cref="IndicatorSheet"/> (labels beside the codes).
    /// Text cells are made inert (<see cref="SpreadsheetText"/>: a call named "=HYPERLINK(…)" stays text).
    /// A CSV cannot say "01" is text — Excel shows it as 1 — so the region's name stands beside its code,
    /// and the XLSX (<see cref="IndicatorWorkbook"/>) keeps codes as text. Fields with ';', quotes or line
    /// breaks are quoted.
    /// </summary>
    public static void WriteCsv(TextWriter output, IReadOnlyList<IndicatorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        output.Write('\uFEFF');
        output.Write(string.Join(';', IndicatorSheet.Columns) + "\r\n");
        foreach (var r in rows)
            output.Write(string.Join(';', IndicatorSheet.Cells(r).Select(CsvCell)) + "\r\n");
    }

    /// <summary><see cref="WriteCsv"/> as UTF-8 bytes (the BOM included).</summary>
    public static byte[] ToCsv(IReadOnlyList<IndicatorRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(text, rows);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    private static string CsvCell(object? cell) => cell switch
    {
        null => "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", French),
        string s => Quote(SpreadsheetText.Cell(s)!),
        _ => throw new ArgumentException($"Type de cellule inattendu : {cell.GetType()}", nameof(cell)),
    };

    private static void WriteOptional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : cell;
}
