namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>
/// A year's two counters: <paramref name="Requested"/> grows by one per accepted ingestion touching
/// the year; <paramref name="Computed"/> is the highest <c>Requested</c> value a finished recompute
/// read before it started reading the curated data.
/// </summary>
public sealed record RecomputeState(long Requested, long Computed)
{
    public static RecomputeState None { get; } = new(0, 0);

    public bool Covers(RecomputeRequest request) => Computed >= request.Generation;
}
