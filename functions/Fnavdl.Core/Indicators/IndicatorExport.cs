using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// The long table as text for people and tools: JSON (an array of objects named after the spec's
/// columns) and CSV for a French Excel. Shared by the CLI and the HTTP API so both give the same bytes.
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
    /// ("R"), CRLF line ends. Fields with ';', quotes or line breaks are quoted.
    /// </summary>
    public static void WriteCsv(TextWriter output, IReadOnlyList<IndicatorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        output.Write('\uFEFF');
        output.Write(string.Join(';', Columns) + "\r\n");
        foreach (var r in rows)
            output.Write(string.Join(';', Cells(r, v => v.ToString("R", French)).Select(Quote)) + "\r\n");
    }

    /// <summary><see cref="WriteCsv"/> as UTF-8 bytes (the BOM included).</summary>
    public static byte[] ToCsv(IReadOnlyList<IndicatorRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(text, rows);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>The row's cells in <see cref="Columns"/> order, numbers formatted by <paramref name="number"/>.</summary>
    public static string?[] Cells(IndicatorRow r, Func<double, string> number) =>
    [
        r.Annee.ToString(CultureInfo.InvariantCulture), r.Perimetre, r.CodeRegion, r.AppelAProjets, r.Indicateur, r.Dimension,
        number(r.Valeur), r.Numerateur is { } n ? number(n) : null, r.Denominateur is { } d ? number(d) : null, r.Unite,
    ];

    private static void WriteOptional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static string Quote(string? cell) =>
        cell is null ? ""
        : cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\""
        : cell;
}
