using Fnavdl.Core.Access;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary><c>GET /api/ingestions?code_region=93</c> (function key): the region's recent ingestions, newest first.</summary>
public sealed class IngestionsApi(IngestionHistoryService history, ILogger<IngestionsApi> logger)
{
    [Function("Ingestions")]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "ingestions")] HttpRequestData request, FunctionContext context)
    {
        var answer = await history.GetAsync(request.Query["code_region"], cancellationToken: context.CancellationToken);
        logger.LogInformation("Ingestions query {Query}: {Status}, {Bytes} bytes", request.Url.Query, answer.Status, answer.Body.Length);
        return await request.ToHttpAsync(answer, context.CancellationToken);
    }
}
