namespace Fnavdl.Core.Indicators;

/// <summary>
/// One row of the indicators' long table (indicators.md, "Output"): names follow the spec's columns
/// (<c>annee</c>, <c>perimetre</c>, <c>code_region</c>, <c>appel_a_projets</c>, <c>indicateur</c>,
/// <c>dimension</c>, <c>valeur</c>, <c>numerateur</c>, <c>denominateur</c>, <c>unite</c>).
/// </summary>
public sealed record IndicatorRow(
    int Annee,
    string Perimetre,
    string? CodeRegion,
    string? AppelAProjets,
    string Indicateur,
    string? Dimension,
    double Valeur,
    double? Numerateur,
    double? Denominateur,
    string Unite);

/// <summary>The units of the spec's <c>unite</c> column.</summary>
internal static class Unites
{
    public const string Projets = "projets";
    public const string Euros = "euros";
    public const string Ratio = "ratio";
    public const string Menages = "menages";
    public const string Habitants = "habitants";
    public const string Regions = "regions";
    public const string Epci = "epci";
}
