using Fnavdl.Core.Summary;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>
/// Publishes the summary of the year before the run's date, once a year. Safe to run twice: the
/// publisher replaces the year's files with identical bytes. A missed run (past due) still runs.
/// </summary>
public sealed class YearlySummaryTimer(SummaryPublisher publisher, TimeProvider time, ILogger<YearlySummaryTimer> logger)
{
    public const string FunctionName = "YearlySummary";

    [Function(FunctionName)]
    public async Task Run([TimerTrigger(YearlySummarySettings.ScheduleExpression)] TimerInfo timer, FunctionContext context)
    {
        var now = time.GetUtcNow();
        var annee = SummaryPublisher.YearBefore(now);
        if (timer.IsPastDue)
            logger.LogWarning("Yearly summary timer is past due (last {Last}); publishing {Annee} now", timer.ScheduleStatus?.Last, annee);
        await SummaryRun.PublishAsync(publisher, logger, annee, "timer", context.CancellationToken);
    }
}
