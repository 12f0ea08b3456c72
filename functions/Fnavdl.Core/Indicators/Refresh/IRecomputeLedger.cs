namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>
/// Per-year bookkeeping that lets concurrent recompute requests collapse (Table Storage entity with
/// ETag checks on Azure, memory locally). Counters rather than clocks: Function instances' clocks
/// may differ, a counter read after a commit is always ordered after it.
/// </summary>
public interface IRecomputeLedger
{
    /// <summary>Records one more request for the year (after its data was committed); returns the new counter.</summary>
    Task<long> MarkRequestedAsync(int annee, CancellationToken cancellationToken = default);

    Task<RecomputeState> GetAsync(int annee, CancellationToken cancellationToken = default);

    /// <summary>Raises the year's <c>Computed</c> counter to <paramref name="generation"/> (never lowers it).</summary>
    Task MarkComputedAsync(int annee, long generation, CancellationToken cancellationToken = default);

    /// <summary>Exclusive right to recompute the year until disposed (two recomputes never write the same year at once).</summary>
    Task<IAsyncDisposable> LockAsync(int annee, CancellationToken cancellationToken = default);
}
