using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Fnavdl.Tests.Http;

/// <summary>
/// A request as a host hands it to a handler — Kestrel and the Functions ASP.NET Core integration both give an
/// <see cref="HttpContext"/> — and the answer as the host writes it, by executing the handler's <see cref="IResult"/>.
/// Shared by the front door's and the Azure tests (linked source).
/// </summary>
internal static class HttpExchange
{
    public static HttpContext Request(string method, string url, params (string Name, string Value)[] headers)
    {
        var uri = new Uri(url);
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = method;
        request.Scheme = uri.Scheme;
        request.Host = new HostString(uri.Authority);
        request.Path = PathString.FromUriComponent(uri);
        request.QueryString = QueryString.FromUriComponent(uri);
        foreach (var (name, value) in headers) request.Headers.Append(name, value);
        context.Response.Body = new MemoryStream();
        return context;
    }

    /// <summary>A multipart form whose <c>fichier</c> part is the file, after the given fields.</summary>
    public static HttpContext WithFile(this HttpContext context, string fileName, byte[] content, bool declareLength = true,
        params (string Name, string Value)[] fields)
    {
        const string boundary = "----fnavdl-test-boundary";
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
            text.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"{fileName}\"\r\nContent-Type: text/csv\r\n\r\n");
        byte[] body = [.. Encoding.UTF8.GetBytes(text.ToString()), .. content, .. Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")];
        return context.WithBody(new MemoryStream(body), $"multipart/form-data; boundary={boundary}", declareLength ? body.Length : null);
    }

    public static HttpContext WithBody(this HttpContext context, Stream body, string contentType, long? length)
    {
        context.Request.Body = body;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = length;
        return context;
    }

    /// <summary>Executes the answer as the host would, and reads it back.</summary>
    public static async Task<Answered> AnswerAsync(this HttpContext context, IResult result)
    {
        await result.ExecuteAsync(context);
        return new Answered(context.Response.StatusCode, context.Response.Headers, ((MemoryStream)context.Response.Body).ToArray());
    }

    public static async Task<Answered> AnswerAsync(this HttpContext context, Task<IResult> result) => await context.AnswerAsync(await result);
}

internal sealed record Answered(int Status, IHeaderDictionary Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
    public string ContentType => Headers.ContentType.ToString();
}
