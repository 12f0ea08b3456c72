using Fnavdl.Core.Summary;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

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
