using System.Globalization;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// Where the gold area keeps derived tables: one indicators file per programme year, replaced whole,
/// and the small dimension tables analysts relate them to (regions, themes).
/// </summary>
public static class GoldLayout
{
    public const string Indicateurs = "indicateurs";
    public const string Regions = "regions";
    public const string Thematiques = "thematiques";

    /// <summary>The dimension tables, each one file in its own folder.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = [Regions, Thematiques];

    /// <summary><c>indicateurs/annee=2021/indicateurs.parquet</c></summary>
    public static string IndicateursFile(int annee) =>
        $"{Indicateurs}/annee={annee.ToString(CultureInfo.InvariantCulture)}/{Indicateurs}.parquet";

    /// <summary><c>regions/regions.parquet</c>, <c>thematiques/thematiques.parquet</c></summary>
    public static string DimensionFile(string dimension) => $"{dimension}/{dimension}.parquet";
}
