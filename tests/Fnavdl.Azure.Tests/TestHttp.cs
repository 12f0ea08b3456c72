using System.Net;
using System.Security.Claims;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Fnavdl.Azure.Tests;

/// <summary>A GET request as the worker would hand it to an HTTP-triggered function, built from a URL.</summary>
internal sealed class TestHttpRequest(FunctionContext context, Uri url, params (string Name, string Value)[] headers) : HttpRequestData(context)
{
    public TestHttpRequest(string pathAndQuery, params (string Name, string Value)[] headers)
        : this(new TestFunctionContext(), new Uri("http://localhost:7071" + pathAndQuery), headers) { }

    public override Stream Body { get; } = new MemoryStream();
    public override HttpHeadersCollection Headers { get; } = new(headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)));
    public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];
    public override Uri Url { get; } = url;
    public override IEnumerable<ClaimsIdentity> Identities { get; } = [];
    public override string Method => "GET";

    public override HttpResponseData CreateResponse() => new TestHttpResponse(FunctionContext);
}

internal sealed class TestHttpResponse(FunctionContext context) : HttpResponseData(context)
{
    public override HttpStatusCode StatusCode { get; set; } = HttpStatusCode.OK;
    public override HttpHeadersCollection Headers { get; set; } = new();
    public override Stream Body { get; set; } = new MemoryStream();
    public override HttpCookies Cookies => throw new NotSupportedException();

    public byte[] Bytes() => ((MemoryStream)Body).ToArray();
    public string ContentType => Headers.TryGetValues("Content-Type", out var v) ? string.Join(",", v) : "";
}
