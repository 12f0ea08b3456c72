using System.Globalization;
using System.Text.Json;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Reads a JSON report: a top-level array of objects (one table, no sheet name), or an object
/// holding arrays under <c>projets</c> / <c>suivi</c> / <c>enveloppes</c> (keys matched
/// case-insensitively; one table per array, named by its key as written; other keys ignored).
/// Each object is a row: <see cref="RawRow.RowNumber"/> is its 1-based index in its array, and
/// <see cref="RawTable.Header"/> is the union of the objects' keys in order of first appearance.
/// </summary>
/// <remarks>
/// The document is parsed whole into a <see cref="JsonElement"/> (uploads are bounded by
/// <see cref="ReadLimits.MaxUploadBytes"/>): the header must cover every object, so all of them
/// are seen before the first row anyway. Rows are built lazily from the parsed document.
/// </remarks>
internal sealed class JsonReportReader : IReportReader
{
    private static readonly string[] TableKeys = ["projets", "suivi", "enveloppes"];

    private static readonly JsonSerializerOptions ParseOptions = new()
    {
        // Hand-edited files: tolerate what JSON5-ish editors leave behind.
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public IEnumerable<RawTable> Read(Stream upload, ReadBudget budget)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(budget);

        budget.Begin(upload);
        // Parsing reads through the meter, so it observes cancellation as it goes.
        var content = budget.Meter(upload);

        // JSON is UTF-8 (RFC 8259); a 1252 file would otherwise fail on its first accent with an
        // obscure error, or later, on whichever string holds it.
        if (TextEncodingDetector.Detect(content).Encoding.CodePage != System.Text.Encoding.UTF8.CodePage)
        {
            throw new UnreadableFileException(IssueCatalog.FichierIllisible.JsonNonUtf8.Format());
        }

        var root = Parse(content);
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                return [ToTable(null, root, budget)];
            case JsonValueKind.Object:
                var tables = new List<RawTable>();
                foreach (var property in root.EnumerateObject())
                {
                    if (!TableKeys.Contains(property.Name, StringComparer.OrdinalIgnoreCase)) continue;
                    if (property.Value.ValueKind != JsonValueKind.Array)
                        throw new UnreadableFileException(IssueCatalog.FichierIllisible.JsonPasUnTableau.Format(("Cle", property.Name)));
                    if (tables.Any(t => string.Equals(t.SheetName, property.Name, StringComparison.OrdinalIgnoreCase)))
                        throw new UnreadableFileException(IssueCatalog.FichierIllisible.JsonTableauEnDouble.Format(("Cle", property.Name)));
                    tables.Add(ToTable(property.Name, property.Value, budget));
                }
                if (tables.Count == 0)
                    throw new UnreadableFileException(IssueCatalog.FichierIllisible.JsonAucunTableau.Format());
                return tables;
            default:
                throw new UnreadableFileException(IssueCatalog.FichierIllisible.JsonNiTableauNiObjet.Format());
        }
    }

    private static JsonElement Parse(Stream content)
    {
        try
        {
            // Deserializing to JsonElement yields a document that needs no disposal, so rows can
            // be enumerated lazily for as long as the caller holds the tables.
            return JsonSerializer.Deserialize<JsonElement>(content, ParseOptions);
        }
        catch (JsonException ex)
        {
            var message = (ex.LineNumber, ex.BytePositionInLine) switch
            {
                ({ } line, { } column) => IssueCatalog.FichierIllisible.JsonSyntaxeLignePosition.Format(("Ligne", line + 1), ("Position", column + 1)),
                ({ } line, null) => IssueCatalog.FichierIllisible.JsonSyntaxeLigne.Format(("Ligne", line + 1)),
                _ => IssueCatalog.FichierIllisible.JsonSyntaxe.Format(),
            };
            throw new UnreadableFileException(message, inner: ex);
        }
    }

    private static RawTable ToTable(string? name, JsonElement array, ReadBudget budget)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = new List<string>();
        var problems = new List<ReadProblem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                var message = name is null
                    ? IssueCatalog.FichierIllisible.JsonElementPasUnObjet.Format(("Numero", index))
                    : IssueCatalog.FichierIllisible.JsonElementDuTableauPasUnObjet.Format(("Numero", index), ("Tableau", name));
                throw new UnreadableFileException(message, row: index);
            }
            keys.Clear();
            foreach (var property in item.EnumerateObject())
            {
                budget.Spend(1);
                if (columns.TryAdd(property.Name, header.Count))
                {
                    // Each key is a column of every row: the header stops where a spreadsheet's columns do.
                    if (header.Count == RawRowBuilder.MaxColumns)
                        throw new UnreadableFileException(IssueCatalog.FichierDisproportionne.ClesJson.Format(
                            ("Numero", index), ("MaxColonnes", "16 384")), row: index);
                    header.Add(property.Name);
                }
                // A parser keeps one of the two values silently (the last, here): the region must choose.
                if (!keys.Add(property.Name))
                    problems.Add(new ReadProblem(IssueCatalog.CleEnDouble.Objet.Format(("Cle", property.Name), ("Numero", index)),
                        index, property.Name));
            }
        }
        return new RawTable(name, header, Rows(array, columns, budget)) { Problems = problems };
    }

    /// <summary>Each object's own keys, whatever the header's width: an empty object among 100 000 keys is an empty row.</summary>
    private static IEnumerable<RawRow> Rows(JsonElement array, Dictionary<string, int> columns, ReadBudget budget)
    {
        var rowNumber = 0;
        var cells = new RawRowBuilder(budget);
        foreach (var item in array.EnumerateArray())
        {
            cells.Begin(columns.Count);
            foreach (var property in item.EnumerateObject())
                cells.Set(columns[property.Name], ToRawValue(property.Value, budget.Limits));
            yield return cells.Build(++rowNumber);
        }
    }

    private static RawValue ToRawValue(JsonElement value, ReadLimits limits) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value, limits.MaxCellChars),
        JsonValueKind.Number => RawValue.FromNumber(value.GetDouble()),
        JsonValueKind.True => RawValue.FromBoolean(true),
        JsonValueKind.False => RawValue.FromBoolean(false),
        JsonValueKind.Array => RawValue.FromList(ListItems(value)),
        JsonValueKind.Object => RawValue.FromText(value.GetRawText()),
        _ => RawValue.Empty,
    };

    /// <summary>A string value, decoded only up to the cell limit: a 40 MB string never becomes an 80 MB .NET string.</summary>
    private static RawValue Text(JsonElement value, int maxChars)
    {
        var utf8 = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
        // Escapes (\u00e9) only make the raw text longer than the value: a short raw text is a short value.
        if (utf8.Length <= maxChars) return RawValue.FromText(value.GetString());
        // The raw token keeps its quotes: the value starts after the opening one.
        if (utf8.Length > 0 && utf8[0] == (byte)'"') utf8 = utf8[1..];
        var prefix = utf8[..Math.Min(utf8.Length, (maxChars + 1) * 6)];
        return RawValue.FromText(DecodePrefix(prefix).AsSpan(), maxChars);
    }

    /// <summary>
    /// The value of the raw start of a long string: the cut may split a UTF-8 sequence or an
    /// escape (at most 6 bytes, \uXXXX), so a few bytes are dropped until the rest decodes.
    /// </summary>
    private static string DecodePrefix(ReadOnlySpan<byte> raw)
    {
        var quoted = new byte[raw.Length + 2];
        for (var end = raw.Length; end >= 0 && end > raw.Length - 12; end--)
        {
            quoted[0] = (byte)'"';
            raw[..end].CopyTo(quoted.AsSpan(1));
            quoted[end + 1] = (byte)'"';
            try
            {
                return JsonSerializer.Deserialize<string>(quoted.AsSpan(0, end + 2)) ?? "";
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // cut inside an escape or a character: one byte shorter
            }
        }
        return "";
    }

    /// <summary>Array items as text: numbers as written (invariant), nulls and blanks dropped.</summary>
    private static List<string> ListItems(JsonElement array)
    {
        var items = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            var text = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Number => item.TryGetDouble(out var number)
                    ? number.ToString("R", CultureInfo.InvariantCulture)
                    : item.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => item.GetRawText(),
            };
            if (!string.IsNullOrWhiteSpace(text)) items.Add(text);
        }
        return items;
    }
}
