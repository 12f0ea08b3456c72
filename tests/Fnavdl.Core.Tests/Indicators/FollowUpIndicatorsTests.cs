using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

[Collection(IndicatorLakeCollection.Name)]
public sealed class FollowUpIndicatorsTests(IndicatorLake lake)
{
    [Fact]
    public void Households_followed()
    {
        Assert.Equal(16, lake.Single(MenagesAccompagnes, National).Valeur);
        Assert.Equal(16, lake.Single(MenagesAccompagnes, Region, "93").Valeur);
        Assert.Equal(0, lake.Single(MenagesAccompagnes, Region, "84").Valeur);
        Assert.Empty(lake.Find(MenagesAccompagnes, Appel, "93", "A1"));
    }

    [Fact]
    public void Rehousing_and_keeping_rates_over_rows_where_both_are_known()
    {
        var relogement = lake.Single(TauxRelogement, National); // rows 1 and 84's (0/0); row 3 lacks relogements
        Assert.Equal((2.0, 4.0), (relogement.Numerateur!.Value, relogement.Denominateur!.Value));
        var maintien = lake.Single(TauxMaintien, Region, "93");
        Assert.Equal((2.0, 6.0), (maintien.Numerateur!.Value, maintien.Denominateur!.Value));
    }

    [Fact]
    public void Cost_per_household_followed_skips_rows_without_households_or_amount()
    {
        var cout = lake.Single(CoutParMenageAccompagne, Region, "93");
        Assert.Equal((50.0, 10.0, 5.0), (cout.Numerateur!.Value, cout.Denominateur!.Value, cout.Valeur));
    }

    [Fact]
    public void Zero_denominators_make_ratios_absent_not_zero()
    {
        Assert.Empty(lake.Find(TauxRelogement, Region, "84"));
        Assert.Empty(lake.Find(TauxMaintien, Region, "84"));
        Assert.Empty(lake.Find(CoutParMenageAccompagne, Region, "84"));
    }
}
