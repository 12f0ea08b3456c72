namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>
/// The queue message "recompute this year": <paramref name="Generation"/> is the year's request
/// counter right after this request was recorded (see <see cref="IRecomputeLedger"/>), so a recompute
/// that started from a counter at least this high has already seen the data behind the request.
/// </summary>
public sealed record RecomputeRequest(int Annee, long Generation);
