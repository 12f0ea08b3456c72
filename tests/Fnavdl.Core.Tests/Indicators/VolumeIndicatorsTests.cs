using Fnavdl.Core.Indicators;
using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

[Collection(IndicatorLakeCollection.Name)]
public sealed class VolumeIndicatorsTests(IndicatorLake lake)
{
    [Fact]
    public void Counts_and_amounts_per_scope()
    {
        Assert.Equal(5, lake.Single(NbProjets, National).Valeur);
        Assert.Equal(4, lake.Single(NbProjets, Region, "93").Valeur);
        Assert.Equal(3, lake.Single(NbProjets, Appel, "93", "A1").Valeur);
        Assert.Equal(Unites.Projets, lake.Single(NbProjets, National).Unite);

        Assert.Equal(2000, lake.Single(MontantAccordeTotal, National).Valeur);
        Assert.Equal(1000, lake.Single(MontantAccordeTotal, Region, "93").Valeur);
        Assert.Equal(400, lake.Single(MontantAccordeTotal, Appel, "93", "A2").Valeur);
        Assert.Equal(400, lake.Single(MontantAccordeMoyen, National).Valeur);
        Assert.Equal(200, lake.Single(MontantAccordeMoyen, Appel, "93", "A1").Valeur);
    }

    [Fact]
    public void Median_is_the_middle_value_or_the_mean_of_the_two_middle_ones()
    {
        Assert.Equal(300, lake.Single(MontantAccordeMedian, National).Valeur); // 100 200 300 400 1000
        Assert.Equal(250, lake.Single(MontantAccordeMedian, Region, "93").Valeur); // (200 + 300) / 2
        Assert.Equal(200, lake.Single(MontantAccordeMedian, Appel, "93", "A1").Valeur);
        Assert.Null(lake.Single(MontantAccordeMedian, National).Numerateur);
    }

    [Fact]
    public void A_region_with_only_an_envelope_has_no_project_indicators()
    {
        Assert.Empty(lake.Find(NbProjets, Region, "53"));
        Assert.Empty(lake.Find(MontantAccordeMoyen, Region, "53"));
    }

    [Theory]
    [InlineData(new long[] { 5 }, 5.0)]
    [InlineData(new long[] { 7, 1 }, 4.0)]
    [InlineData(new long[] { 9, 1, 5, 3, 3 }, 3.0)]
    [InlineData(new long[] { 1, 2, 3, 4, 100, 6 }, 3.5)]
    public void Median_of_cents(long[] cents, double expected) =>
        Assert.Equal(expected, Core.Indicators.Families.VolumeIndicators.MedianCents([.. cents]));
}
