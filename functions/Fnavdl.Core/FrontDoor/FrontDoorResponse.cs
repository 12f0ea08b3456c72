using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fnavdl.Core.FrontDoor;

/// <summary>What a front-door handler answers: status, media type, body and extra headers (cookies, downloads).</summary>
public sealed record FrontDoorResponse(int Status, string ContentType, byte[] Body)
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string HtmlType = "text/html; charset=utf-8";
    public const string XlsxType = Export.XlsxPackage.ContentType;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public static FrontDoorResponse Json(int status, byte[] body) => new(status, JsonType, body);

    /// <summary><c>{"erreur": "…"}</c> with a French message the page shows as is.</summary>
    public static FrontDoorResponse Error(int status, string message) => Json(status, JsonWriting.Object(json => json.WriteString("erreur", message)));

    public FrontDoorResponse WithHeader(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };

    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>Small JSON bodies with accents kept readable.</summary>
internal static class JsonWriting
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Object(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static byte[] ArrayOf(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            write(json);
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }
}
