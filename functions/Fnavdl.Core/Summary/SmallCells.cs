using Fnavdl.Core.Indicators;

namespace Fnavdl.Core.Summary;

/// <summary>
/// Statistical secrecy for documents read by people (HTML, workbook): a region's household count
/// below <see cref="Threshold"/> is shown as "&lt; 11", and a rate or cost computed on fewer than
/// <see cref="Threshold"/> households is not shown. Parquet and JSON keep the exact values.
/// </summary>
internal static class SmallCells
{
    public const int Threshold = 11;
    public const string BelowThreshold = "< 11";
    public const string Secret = "s.s.";

    public const string Notice =
        "Secret statistique : dans la page et le classeur, un nombre de ménages inférieur à 11 pour une région est affiché « < 11 », " +
        "et un taux ou un coût calculé sur moins de 11 ménages n'est pas affiché (« s.s. »). " +
        "Les fichiers Parquet et JSON, destinés aux traitements, gardent les valeurs exactes.";

    /// <summary>Indicators whose denominator is a number of households.</summary>
    private static readonly HashSet<string> RatesOnHouseholds = new(StringComparer.Ordinal)
    {
        Indicateurs.TauxRelogement, Indicateurs.TauxMaintien, Indicateurs.CoutParMenageAccompagne, Indicateurs.CoutMoyenParMenagePrevu,
    };

    public enum Masking { None, BelowThreshold, Secret }

    /// <summary>How a region's value must be shown; national figures are never masked.</summary>
    public static Masking Of(string perimetre, string indicateur, string unite, double valeur, double? denominateur)
    {
        if (perimetre != Perimetres.Region) return Masking.None;
        if (unite == Unites.Menages && valeur < Threshold) return Masking.BelowThreshold;
        if (RatesOnHouseholds.Contains(indicateur) && denominateur is { } d && d < Threshold) return Masking.Secret;
        return Masking.None;
    }

    public static Masking Of(SummaryFigure figure) =>
        Of(figure.Perimetre, figure.Indicateur, figure.Unite, figure.Valeur, figure.Denominateur);

    public static string? Text(Masking masking) => masking switch
    {
        Masking.BelowThreshold => BelowThreshold,
        Masking.Secret => Secret,
        _ => null,
    };
}
