namespace Fnavdl.Core.Summary;

/// <summary>
/// One indicator value of the year for a scope, with the same indicator of the year before
/// (<see cref="ValeurPrecedente"/>) only when the scope has projects both years: a year without data is
/// not compared. Names follow the indicators' long table.
/// </summary>
public sealed record SummaryFigure(
    string Perimetre,
    string? CodeRegion,
    string? NomRegion,
    string Indicateur,
    string? Dimension,
    double Valeur,
    double? Numerateur,
    double? Denominateur,
    string Unite,
    double? ValeurPrecedente,
    double? DenominateurPrecedent)
{
    /// <summary>Change against the year before: a difference (in points for ratios), null without a previous value.</summary>
    public double? Ecart => ValeurPrecedente is { } before ? Valeur - before : null;
}
