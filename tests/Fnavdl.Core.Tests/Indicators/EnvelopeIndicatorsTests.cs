using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

[Collection(IndicatorLakeCollection.Name)]
public sealed class EnvelopeIndicatorsTests(IndicatorLake lake)
{
    [Fact]
    public void Envelopes_of_the_year_only()
    {
        Assert.Equal(2500, lake.Single(Enveloppe, National).Valeur);
        Assert.Equal(2000, lake.Single(Enveloppe, Region, "93").Valeur);
        Assert.Empty(lake.Find(Enveloppe, Region, "84"));
        Assert.Empty(lake.Find(Enveloppe, Appel, "93", "A1"));
    }

    [Fact]
    public void Engagement_nationally_counts_only_regions_with_an_envelope()
    {
        var national = lake.Single(TauxEngagement, National);
        Assert.Equal((1000.0, 2500.0, 0.4), (national.Numerateur!.Value, national.Denominateur!.Value, national.Valeur)); // 84 has none
        Assert.Equal(0.5, lake.Single(TauxEngagement, Region, "93").Valeur);
        Assert.Equal(0, lake.Single(TauxEngagement, Region, "53").Valeur); // an envelope, nothing granted
        Assert.Empty(lake.Find(TauxEngagement, Region, "84")); // no envelope: no denominator
    }
}
