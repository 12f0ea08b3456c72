using System.Text;
using Microsoft.AspNetCore.Http;

namespace Fnavdl.FrontDoor.Http;

/// <summary>
/// The one way both hosts answer — Kestrel for <c>fnavdl serve</c> and the Functions ASP.NET Core integration on
/// Azure execute the same <see cref="IResult"/>: status, media type, body and the handler's own headers. Every answer
/// says <c>X-Content-Type-Options: nosniff</c> (a browser never runs a report or a JSON body as another type) and
/// <c>Cache-Control: no-store</c> (a region's reports and deposits never stay in a shared or back-button cache).
/// </summary>
public sealed class Answer : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string HtmlType = "text/html; charset=utf-8";
    public const string CsvType = "text/csv; charset=utf-8";

    private readonly byte[] _body;

    private Answer(int statusCode, string contentType, byte[] body, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        _body = body;
        Headers = headers;
    }

    public int StatusCode { get; }
    public string ContentType { get; }
    public ReadOnlyMemory<byte> Body => _body;

    /// <summary>Headers beyond the media type and the two every answer has (content security policy, download name).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public string BodyText => Encoding.UTF8.GetString(_body);

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public static Answer Of(int statusCode, string contentType, byte[] body) => new(statusCode, contentType, body, []);

    public static Answer Json(int statusCode, byte[] body) => Of(statusCode, JsonType, body);

    /// <summary><c>{"erreur": "…"}</c>: a French message the page, or the analyst who typed the URL, reads as is.</summary>
    public static Answer Error(int statusCode, string message) => Json(statusCode, JsonBody.Object(json => json.WriteString("erreur", message)));

    public Answer WithHeader(string name, string value) => new(StatusCode, ContentType, _body, [.. Headers, new(name, value)]);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.ContentLength = _body.Length;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        foreach (var (name, value) in Headers) response.Headers[name] = value;
        await response.Body.WriteAsync(_body, httpContext.RequestAborted);
    }
}
