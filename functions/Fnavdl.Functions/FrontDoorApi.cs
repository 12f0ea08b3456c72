using System.Net;
using Fnavdl.Azure;
using Fnavdl.Core.FrontDoor;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>
/// The regions' front door on Azure: each route binds and hands the request to the same
/// <see cref="FrontDoorService"/> as <c>fnavdl serve</c>; the caller is the Easy Auth principal.
/// Anonymous at the Functions level: sign-in is the platform's, authorisation the service's.
/// A deposit lands in the uploads container and the blob trigger ingests it.
/// </summary>
public sealed class FrontDoorApi(FrontDoorService service, EasyAuthCaller callers, ILogger<FrontDoorApi> logger)
{
    [Function("Portail")]
    public Task<HttpResponseData> Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "portail/{asset?}")] HttpRequestData request, FunctionContext context) =>
        ForwardAsync(request, context);

    [Function("Session")]
    public Task<HttpResponseData> Session(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "session")] HttpRequestData request, FunctionContext context) =>
        ForwardAsync(request, context);

    [Function("Modele")]
    public Task<HttpResponseData> Template(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "modele")] HttpRequestData request, FunctionContext context) =>
        ForwardAsync(request, context);

    [Function("Validation")]
    public Task<HttpResponseData> Validate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "validation")] HttpRequestData request, FunctionContext context) =>
        ForwardAsync(request, context);

    [Function("Depots")]
    public Task<HttpResponseData> Deposits(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "depots")] HttpRequestData request, FunctionContext context) =>
        ForwardAsync(request, context);

    [Function("Rapport")]
    public Task<HttpResponseData> Report(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "rapports/{id}")] HttpRequestData request, FunctionContext context) =>
        ForwardAsync(request, context);

    private async Task<HttpResponseData> ForwardAsync(HttpRequestData request, FunctionContext context)
    {
        var caller = callers.Resolve(Header(request, EasyAuthCaller.PrincipalHeader));
        var query = QueryHelpers.ParseQuery(request.Url.Query);
        var forwarded = new FrontDoorRequest(request.Method, request.Url.AbsolutePath,
            name => Header(request, name),
            name => request.Cookies.FirstOrDefault(c => c.Name == name)?.Value,
            request.Body, caller)
        {
            Query = name => query.TryGetValue(name, out var values) ? values.ToString() : null,
        };
        var answer = await service.HandleAsync(forwarded, context.CancellationToken);
        logger.LogInformation("Front door {Method} {Path} for region {Region}: {Status}",
            request.Method, request.Url.AbsolutePath, caller.CodeRegion ?? "(aucune)", answer.Status);
        var response = request.CreateResponse((HttpStatusCode)answer.Status);
        response.Headers.Add("Content-Type", answer.ContentType);
        foreach (var (name, value) in answer.Headers) response.Headers.Add(name, value);
        await response.Body.WriteAsync(answer.Body, context.CancellationToken);
        return response;
    }

    private static string? Header(HttpRequestData request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
