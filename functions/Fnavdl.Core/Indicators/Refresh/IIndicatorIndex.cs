namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>
/// The indicators kept for quick lookup beside the gold Parquet (Table Storage table "indicateurs"
/// on Azure): a year's rows are replaced by each recompute.
/// </summary>
public interface IIndicatorIndex
{
    /// <summary>Makes the year's stored rows exactly <paramref name="rows"/> (adds, replaces, deletes).</summary>
    Task ReplaceYearAsync(int annee, IReadOnlyList<IndicatorRow> rows, CancellationToken cancellationToken = default);

    /// <summary>The year's rows in the engine's order, optionally for one scope and/or one region.</summary>
    Task<IReadOnlyList<IndicatorRow>> QueryAsync(int annee, string? perimetre, string? codeRegion, CancellationToken cancellationToken = default);
}
