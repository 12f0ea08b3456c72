using Fnavdl.FrontDoor.Analysts;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary><c>GET /api/ingestions?code_region=93</c> (function key): the region's recent ingestions, newest first.</summary>
public sealed class IngestionsApi(AnalystHandlers handlers, ILogger<IngestionsApi> logger)
{
    [Function("Ingestions")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = AnalystHandlers.Ingestions)] HttpRequest request, FunctionContext context)
    {
        using var aborted = FrontDoorApi.Aborted(request, context);
        var answer = await handlers.IngestionsAsync(request, aborted.Token);
        logger.LogInformation("Ingestions query {Query}: {Status}, {Bytes} bytes", request.QueryString.Value, answer.StatusCode, answer.Body.Length);
        return answer;
    }
}
