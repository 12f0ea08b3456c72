using Fnavdl.Azure;
using Fnavdl.Core.Indicators.Refresh;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>
/// Recomputes a year's indicators when its (delayed) request comes out of the queue; requests that a
/// later recompute already covered are dropped by the service, so a burst of uploads costs few recomputes.
/// </summary>
public sealed class RecomputeIndicators(IndicatorRecomputeService recompute, ILogger<RecomputeIndicators> logger)
{
    /// <summary>Must equal <see cref="StorageNames.RecomputeQueue"/> of the default names.</summary>
    public const string QueueName = "recalcul-indicateurs";

    [Function(nameof(RecomputeIndicators))]
    public async Task Run([QueueTrigger(QueueName, Connection = StorageSettings.ConnectionName)] string message, FunctionContext context)
    {
        var request = AzureRecomputeQueue.Deserialize(message);
        var outcome = await recompute.HandleAsync(request, context.CancellationToken);
        logger.LogInformation(
            "Indicators {Annee} request {Generation}: {Action}, {Rows} rows, covers requests up to {Covered}",
            outcome.Annee, request.Generation, outcome.Computed ? "recomputed" : "already covered", outcome.Rows, outcome.CoveredGeneration);
    }
}
