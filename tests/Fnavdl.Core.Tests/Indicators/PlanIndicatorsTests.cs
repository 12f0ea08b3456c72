using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

[Collection(IndicatorLakeCollection.Name)]
public sealed class PlanIndicatorsTests(IndicatorLake lake)
{
    [Fact]
    public void Planned_households_ignore_unknown_values()
    {
        Assert.Equal(30, lake.Single(MenagesPrevusTotal, National).Valeur);
        Assert.Equal(10, lake.Single(MenagesPrevusTotal, Appel, "93", "A1").Valeur);
        Assert.Empty(lake.Find(MenagesPrevusTotal, Region, "84")); // only unknown values: unknown, not 0
    }

    [Fact]
    public void Cost_per_planned_household_uses_projects_with_households()
    {
        var national = lake.Single(CoutMoyenParMenagePrevu, National); // P1 and P4; P3 plans 0
        Assert.Equal((500.0, 30.0), (national.Numerateur!.Value, national.Denominateur!.Value));
        Assert.Equal(10, lake.Single(CoutMoyenParMenagePrevu, Appel, "93", "A1").Valeur);
        Assert.Empty(lake.Find(CoutMoyenParMenagePrevu, Region, "84"));
    }

    [Fact]
    public void Multi_year_share_is_over_known_durations()
    {
        var national = lake.Single(PartProjetsPluriannuels, National); // 24 > 12; 12 and 6 are not
        Assert.Equal((1.0, 3.0), (national.Numerateur!.Value, national.Denominateur!.Value));
        Assert.Empty(lake.Find(PartProjetsPluriannuels, Region, "84")); // duration unknown
    }
}
