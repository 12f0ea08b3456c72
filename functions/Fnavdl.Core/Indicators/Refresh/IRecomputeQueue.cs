namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>Where recompute requests wait (Azure Storage queue "recalcul-indicateurs"; nothing locally, where the CLI computes on demand).</summary>
public interface IRecomputeQueue
{
    /// <summary>Sends <paramref name="request"/>, invisible to consumers for <paramref name="delay"/>.</summary>
    Task EnqueueAsync(RecomputeRequest request, TimeSpan delay, CancellationToken cancellationToken = default);
}
