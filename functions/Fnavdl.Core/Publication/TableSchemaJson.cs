using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Publication;

/// <summary>
/// The contract of one report kind as a Table Schema (frictionless, the format schema.data.gouv.fr and
/// Validata read), generated from its table definition. The committed <c>schemas/*.json</c> are these texts.
/// </summary>
/// <remarks>
/// <para>
/// The schema describes the canonical way to write each value in a French spreadsheet: decimal comma,
/// dates as dd/mm/yyyy, vocabulary codes. The pipeline is more tolerant (amounts in k€ or M€, ISO dates,
/// synonyms of the vocabularies, see report-format.md), so a file Validata accepts is always accepted,
/// while some files the pipeline accepts are flagged by Validata.
/// </para>
/// <para>
/// Custom properties (Table Schema allows them), namespaced <c>fnavdl:</c>: <c>fnavdl:aliases</c>, the
/// header texts matched to the field besides its name; <c>fnavdl:listSeparator</c> and
/// <c>fnavdl:vocabulary</c> for a list in one cell, whose codes a Table Schema <c>enum</c> cannot express.
/// </para>
/// </remarks>
public static class TableSchemaJson
{
    /// <summary>The contract's version, the schema's <c>version</c> (semantic versioning, as schema.data.gouv.fr asks).</summary>
    public const string Version = "1.0.0";

    private const string ListSeparator = "|";
    private const string ListGap = " ?\\| ?";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Accents and « » stay readable; the text is UTF-8 JSON, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string For(TableDefinition table)
    {
        if (table.Kind is null) throw new ArgumentException($"Table '{table.Name}' is not read from files: it has no file schema.", nameof(table));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://frictionlessdata.io/schemas/table-schema.json");
            json.WriteString("name", $"fnavdl-{table.Name}");
            json.WriteString("title", $"FNAVDL : bilan régional « {table.Name} »");
            json.WriteString("description", $"{table.Title}. {table.Description} Contrat de données des bilans régionaux du FNAVDL "
                + $"(fichiers {Schema.FileFormats.Names} déposés par les DREETS), généré depuis la définition des tables du pipeline.");
            json.WriteString("countryCode", "FR");
            json.WriteString("version", Version);
            WriteStrings(json, "missingValues", [""]);
            json.WriteStartArray("fields");
            foreach (var field in table.Fields) WriteField(json, field);
            json.WriteEndArray();
            WriteStrings(json, "primaryKey", table.PrimaryKey);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteField(Utf8JsonWriter json, FieldDefinition field)
    {
        json.WriteStartObject();
        json.WriteString("name", field.Name);
        json.WriteString("title", field.Title);
        json.WriteString("description", field.Description);
        switch (field.Type)
        {
            case FieldType.Year:
                json.WriteString("type", "year");
                break;
            case FieldType.Date:
                json.WriteString("type", "date");
                json.WriteString("format", "%d/%m/%Y");
                break;
            case FieldType.Amount:
                json.WriteString("type", "number");
                json.WriteString("decimalChar", ",");
                json.WriteString("groupChar", " ");
                json.WriteBoolean("bareNumber", false); // "150 000,00 €"
                break;
            case FieldType.Integer:
                json.WriteString("type", "integer");
                break;
            case FieldType.Boolean:
                json.WriteString("type", "boolean");
                WriteStrings(json, "trueValues", WithCapitals(BooleanParser.TrueWords));
                WriteStrings(json, "falseValues", WithCapitals(BooleanParser.FalseWords));
                break;
            default:
                json.WriteString("type", "string");
                break;
        }
        if (field.Example is { } example) json.WriteString("example", example);
        WriteConstraints(json, field);
        if (field.IsList)
        {
            json.WriteString("fnavdl:listSeparator", ListSeparator);
            if (field.Vocabulary.Count > 0) WriteStrings(json, "fnavdl:vocabulary", field.Vocabulary);
        }
        WriteStrings(json, "fnavdl:aliases", field.Aliases);
        json.WriteEndObject();
    }

    private static void WriteConstraints(Utf8JsonWriter json, FieldDefinition field)
    {
        json.WriteStartObject("constraints");
        json.WriteBoolean("required", field.Required);
        if (field.Minimum is { } min) json.WriteNumber("minimum", min);
        if (field.Maximum is { } max) json.WriteNumber("maximum", max);
        // A list's limit is per item, which Table Schema's maxLength (the whole cell) cannot say.
        if (field.MaxLength is { } length && !field.IsList) json.WriteNumber("maxLength", length);
        if (!field.IsList && field.Vocabulary.Count > 0) WriteStrings(json, "enum", field.Vocabulary);
        if (Pattern(field) is { } pattern) json.WriteString("pattern", pattern);
        json.WriteEndObject();
    }

    /// <summary>Codes the pipeline refuses when malformed. Themes are not constrained: an unknown theme is only a warning.</summary>
    private static string? Pattern(FieldDefinition field) => field.Type switch
    {
        FieldType.Siren => "^[0-9]{9}([0-9]{5})?$",
        FieldType.DepartmentList => List("[0-9][0-9AB][0-9]?"),
        FieldType.EpciList => List("[0-9]{9}"),
        FieldType.CarrierTypeList => List($"({string.Join('|', field.Vocabulary)})"),
        _ => null,
    };

    private static string List(string item) => $"^{item}({ListGap}{item})*$";

    // Table Schema compares true/false values exactly; files write "Oui" and "OUI" as often as "oui".
    private static IReadOnlyList<string> WithCapitals(IReadOnlyList<string> words) =>
        [.. words.SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..], w.ToUpperInvariant() }).Distinct(StringComparer.Ordinal)];

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
