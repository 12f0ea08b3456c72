using System.Globalization;

namespace Fnavdl.Core.Indicators;

/// <summary>Where the gold area keeps derived tables: one indicators file per programme year, replaced whole.</summary>
public static class GoldLayout
{
    public const string Indicateurs = "indicateurs";

    /// <summary><c>indicateurs/annee=2021/indicateurs.parquet</c></summary>
    public static string IndicateursFile(int annee) =>
        $"{Indicateurs}/annee={annee.ToString(CultureInfo.InvariantCulture)}/{Indicateurs}.parquet";
}
