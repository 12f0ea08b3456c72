using Fnavdl.Core.Reference;
using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

[Collection(IndicatorLakeCollection.Name)]
public sealed class EpciIndicatorsTests(IndicatorLake lake)
{
    [Fact]
    public void Involvement_counts_projects_with_at_least_one_EPCI()
    {
        var national = lake.Single(TauxImplicationEpci, National);
        Assert.Equal((3.0, 5.0), (national.Numerateur!.Value, national.Denominateur!.Value));
        Assert.Equal(2.0 / 3, lake.Single(TauxImplicationEpci, Appel, "93", "A1").Valeur); // P2 has none
        Assert.Equal(0, lake.Single(TauxImplicationEpci, Region, "84").Valeur);
    }

    [Fact]
    public void Distinct_EPCI_are_counted_once_per_scope()
    {
        Assert.Equal(2, lake.Single(NbEpciDistincts, National).Valeur);
        Assert.Equal(2, lake.Single(NbEpciDistincts, Appel, "93", "A1").Valeur);
        Assert.Equal(1, lake.Single(NbEpciDistincts, Appel, "93", "A2").Valeur);
        Assert.Equal(0, lake.Single(NbEpciDistincts, Region, "84").Valeur);
    }

    [Fact]
    public void Population_share_of_the_EPCI_involved()
    {
        var reference = AdministrativeReference.Embedded;
        var involved = IndicatorLake.E1.Population + IndicatorLake.E2.Population;

        var region = lake.Single(PartPopulationEpciImpliques, Region, "93");
        Assert.Equal((involved, reference.CommunePopulation("93")), ((long)region.Numerateur!.Value, (long)region.Denominateur!.Value));
        var national = lake.Single(PartPopulationEpciImpliques, National);
        Assert.Equal((double)involved / reference.CommunePopulationOfRegions(), national.Valeur);
        Assert.Equal(0, lake.Single(PartPopulationEpciImpliques, Region, "84").Valeur);
        Assert.Empty(lake.Find(PartPopulationEpciImpliques, Appel, "93", "A1")); // not defined for calls
    }
}
