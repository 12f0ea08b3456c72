namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>What a recompute request led to: <paramref name="Computed"/> false when a later recompute already covered it.</summary>
public sealed record RecomputeOutcome(int Annee, bool Computed, int Rows, long CoveredGeneration);
