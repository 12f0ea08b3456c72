using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>
/// Serves one recompute request: dropped when a recompute that started after the request was
/// recorded has finished; otherwise, under the year's lock, reads the request counter, recomputes
/// the year from the curated area (gold Parquet + the lookup index), then records the counter it
/// read as computed. Ordering argument: data committed → counter bumped → counter read here →
/// curated data read here; so the recompute sees every file whose request it covers.
/// </summary>
public sealed class IndicatorRecomputeService(IPipelineStore store, IRecomputeLedger ledger, IIndicatorIndex index, IndicatorEngine engine)
{
    public async Task<RecomputeOutcome> HandleAsync(RecomputeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = await ledger.GetAsync(request.Annee, cancellationToken);
        if (state.Covers(request))
            return new RecomputeOutcome(request.Annee, false, 0, state.Computed);

        await using var held = await ledger.LockAsync(request.Annee, cancellationToken);
        // Another recompute may have finished while this one waited for the lock.
        state = await ledger.GetAsync(request.Annee, cancellationToken);
        if (state.Covers(request))
            return new RecomputeOutcome(request.Annee, false, 0, state.Computed);

        var covered = state.Requested;
        var rows = await engine.ComputeAndWriteAsync(store, request.Annee, cancellationToken);
        await index.ReplaceYearAsync(request.Annee, rows, cancellationToken);
        await ledger.MarkComputedAsync(request.Annee, covered, cancellationToken);
        return new RecomputeOutcome(request.Annee, true, rows.Count, covered);
    }
}
