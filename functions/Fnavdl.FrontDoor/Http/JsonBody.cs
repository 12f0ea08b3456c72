using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fnavdl.FrontDoor.Http;

/// <summary>Small JSON bodies with accents kept readable (the page and the analysts read the French as written).</summary>
internal static class JsonBody
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
