using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fnavdl.Core.Access;

/// <summary>What an analyst-facing query answers, independent of the HTTP host: status, media type, body.</summary>
public sealed record ApiResponse(int Status, string ContentType, byte[] Body)
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string CsvType = "text/csv; charset=utf-8";

    public static ApiResponse Json(byte[] body) => new(200, JsonType, body);

    /// <summary>400 with <c>{"erreur": "…"}</c>: the message is French, for the analyst who typed the URL.</summary>
    public static ApiResponse BadRequest(string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("erreur", message);
            json.WriteEndObject();
        }
        return new(400, JsonType, buffer.ToArray());
    }
}
