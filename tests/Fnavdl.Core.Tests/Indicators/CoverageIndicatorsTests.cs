using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

[Collection(IndicatorLakeCollection.Name)]
public sealed class CoverageIndicatorsTests(IndicatorLake lake)
{
    [Fact]
    public void Declaring_regions_are_those_with_projects()
    {
        Assert.Equal(2, lake.Single(NbRegionsDeclarantes, National).Valeur); // 93, 84; 53 only sent an envelope
        Assert.Empty(lake.Find(NbRegionsDeclarantes, Region, "93"));
    }
}
