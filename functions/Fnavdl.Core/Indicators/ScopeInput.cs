namespace Fnavdl.Core.Indicators;

/// <summary>The scope an indicator row describes.</summary>
internal readonly record struct Scope(string Perimetre, string? CodeRegion, string? AppelAProjets);

/// <summary>
/// What one scope's indicators are computed from: its projects (a slice of the year's), the distinct
/// EPCI they name, and its suivi and enveloppes rows.
/// </summary>
internal sealed class ScopeInput
{
    public required Scope Scope { get; init; }
    public required YearData Year { get; init; }
    public required int ProjetStart { get; init; }
    public required int ProjetCount { get; init; }
    public required IReadOnlySet<string> Epci { get; init; }
    public required IReadOnlyList<SuiviFacts> Suivi { get; init; }
    public required IReadOnlyList<EnveloppeFacts> Enveloppes { get; init; }

    /// <summary>Region codes of the scope with at least one project (national: every such region).</summary>
    public required IReadOnlyList<string> DeclaringRegions { get; init; }

    public ReadOnlySpan<ProjetFacts> Projets => Year.Projets.AsSpan(ProjetStart, ProjetCount);

    public bool IsNational => Scope.Perimetre == Perimetres.National;
    public bool IsCall => Scope.Perimetre == Perimetres.Appel;
}

/// <summary>An indicator's value for a scope, before the scope's columns are added.</summary>
internal readonly record struct IndicatorValue(
    string Indicateur,
    string? Dimension,
    double Valeur,
    double? Numerateur,
    double? Denominateur,
    string Unite)
{
    public static IndicatorValue Count(string indicateur, double valeur, string unite) => new(indicateur, null, valeur, null, null, unite);

    public static IndicatorValue Euros(string indicateur, long cents, string? dimension = null) =>
        new(indicateur, dimension, cents / 100.0, null, null, Unites.Euros);

    /// <summary>A ratio, or nothing when the denominator is 0 (spec: absent, not 0).</summary>
    public static IEnumerable<IndicatorValue> Ratio(string indicateur, double numerateur, double denominateur, string? dimension = null, string unite = Unites.Ratio)
    {
        if (denominateur == 0) return [];
        return [new IndicatorValue(indicateur, dimension, numerateur / denominateur, numerateur, denominateur, unite)];
    }
}

/// <summary>A family of related indicators: one home for each definition of indicators.md.</summary>
internal interface IIndicatorFamily
{
    IEnumerable<IndicatorValue> Compute(ScopeInput input);
}
