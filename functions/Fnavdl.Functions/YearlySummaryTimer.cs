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

/// <summary>The one way both triggers publish and log, so their logs read the same.</summary>
internal static class SummaryRun
{
    public static async Task<PublishedSummary> PublishAsync(SummaryPublisher publisher, ILogger logger, int annee, string trigger, CancellationToken ct)
    {
        logger.LogInformation("Publishing the yearly summary of {Annee} ({Trigger})", annee, trigger);
        try
        {
            var published = await publisher.PublishAsync(annee, ct);
            var quality = published.Summary.Qualite;
            logger.LogInformation(
                "Published the yearly summary of {Annee}: {FileCount} files under syntheses/{Folder}, {Reporting}/{Regions} regions reporting, {SourceFiles} source files, data as of {DataAsOf}",
                annee, published.Paths.Count, SummaryLayout.Folder(annee), quality.Count(q => q.Declarante), quality.Count, published.Summary.Lignage.Count, published.Summary.DonneesArreteesAu);
            return published;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Yearly summary of {Annee} ({Trigger}) failed", annee, trigger);
            throw;
        }
    }
}
