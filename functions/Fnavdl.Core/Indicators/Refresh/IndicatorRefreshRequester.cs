using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>
/// After an ingestion, asks for the recompute of every year it changed: bumps the year's request
/// counter, then enqueues the request with a delay so that a burst of uploads (18 regions in the
/// same minute) is served by the first recompute that becomes visible after the burst; the others
/// find their counter covered and are dropped.
/// </summary>
public sealed class IndicatorRefreshRequester(IRecomputeLedger ledger, IRecomputeQueue queue, IIngestionLog log, TimeSpan delay)
{
    /// <summary>Long enough to gather a burst, short enough that analysts see fresh figures within a minute or two.</summary>
    public static TimeSpan DefaultDelay { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The years requested (none for a rejected, superseded or failed ingestion).</summary>
    public async Task<IReadOnlyList<int>> RequestAsync(IngestionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var years = record.Outcome switch
        {
            IngestionOutcome.Accepted => AffectedYears.Of(record.UnitsWritten),
            // A redelivery after a failed request (the accepted commit landed, the enqueue did not)
            // comes back "unchanged": ask again for the years of the accepted version, so a lost
            // request is never final. Harmless otherwise: the request collapses into the last recompute.
            IngestionOutcome.Unchanged => await YearsOfAcceptedAsync(record, cancellationToken),
            _ => [],
        };
        foreach (var annee in years)
        {
            var generation = await ledger.MarkRequestedAsync(annee, cancellationToken);
            await queue.EnqueueAsync(new RecomputeRequest(annee, generation), delay, cancellationToken);
        }
        return years;
    }

    private async Task<IReadOnlyList<int>> YearsOfAcceptedAsync(IngestionRecord record, CancellationToken ct)
    {
        var units = new List<string>();
        await foreach (var earlier in log.ListAsync(record.CodeRegion, ct))
            if (earlier.Outcome == IngestionOutcome.Accepted && earlier.Sha256 == record.Sha256)
                units.AddRange(earlier.UnitsWritten);
        return AffectedYears.Of(units);
    }
}
