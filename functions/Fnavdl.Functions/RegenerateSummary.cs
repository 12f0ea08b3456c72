using System.Net;
using Fnavdl.Core.Summary;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>Regenerates one year's summary on demand (POST syntheses/{annee}); answers with the files written.</summary>
public sealed class RegenerateSummary(SummaryPublisher publisher, ILogger<RegenerateSummary> logger)
{
    [Function(nameof(RegenerateSummary))]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = SummaryLayout.Area + "/{annee:int}")] HttpRequestData request,
        int annee,
        FunctionContext context)
    {
        if (annee is < 2000 or > 2100)
        {
            var bad = request.CreateResponse(HttpStatusCode.BadRequest);
            await bad.WriteStringAsync($"Année {annee} hors de la plage acceptée (2000–2100).", context.CancellationToken);
            return bad;
        }
        var published = await SummaryRun.PublishAsync(publisher, logger, annee, "http", context.CancellationToken);
        var response = request.CreateResponse(HttpStatusCode.OK);
        await response.WriteAsJsonAsync(new { annee, fichiers = published.Paths.Select(p => $"{SummaryLayout.Area}/{p}") }, context.CancellationToken);
        return response;
    }
}
