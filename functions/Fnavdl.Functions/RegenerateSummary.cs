using Fnavdl.Core.Summary;
using Fnavdl.FrontDoor.Analysts;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>Regenerates one year's summary on demand (POST syntheses/{annee}); answers with the files written.</summary>
public sealed class RegenerateSummary(SummaryPublisher publisher, ILogger<RegenerateSummary> logger)
{
    [Function(nameof(RegenerateSummary))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = AnalystHandlers.Summary)] HttpRequest request,
        int annee,
        FunctionContext context)
    {
        if (AnalystHandlers.SummaryYearProblem(annee) is { } problem) return problem;
        var published = await SummaryRun.PublishAsync(publisher, logger, annee, "http", context.CancellationToken);
        return AnalystHandlers.Published(annee, published);
    }
}
