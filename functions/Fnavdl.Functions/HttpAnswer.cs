using System.Net;
using Fnavdl.Core.Access;
using Microsoft.Azure.Functions.Worker.Http;

namespace Fnavdl.Functions;

/// <summary>Turns a core <see cref="ApiResponse"/> into the host's response.</summary>
internal static class HttpAnswer
{
    public static async Task<HttpResponseData> ToHttpAsync(this HttpRequestData request, ApiResponse answer, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse((HttpStatusCode)answer.Status);
        response.Headers.Add("Content-Type", answer.ContentType);
        await response.Body.WriteAsync(answer.Body, cancellationToken);
        return response;
    }
}
