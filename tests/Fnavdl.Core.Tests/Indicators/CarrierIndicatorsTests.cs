using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

[Collection(IndicatorLakeCollection.Name)]
public sealed class CarrierIndicatorsTests(IndicatorLake lake)
{
    [Fact]
    public void Co_portage_rates_in_projects_and_in_amount()
    {
        var national = lake.Single(TauxCoPortage, National);
        Assert.Equal((2.0, 5.0, 0.4), (national.Numerateur!.Value, national.Denominateur!.Value, national.Valeur));
        var call = lake.Single(TauxCoPortage, Appel, "93", "A1");
        Assert.Equal((2.0, 3.0), (call.Numerateur!.Value, call.Denominateur!.Value));
        // A rate of 0 over real projects is a value, not an absence.
        Assert.Equal(0, lake.Single(TauxCoPortage, Appel, "93", "A2").Valeur);

        var montant = lake.Single(TauxCoPortageMontant, National);
        Assert.Equal((400.0, 2000.0, 0.2), (montant.Numerateur!.Value, montant.Denominateur!.Value, montant.Valeur));
    }

    [Fact]
    public void Landlord_rate()
    {
        Assert.Equal(0.4, lake.Single(TauxPortageBailleur, National).Valeur);
        Assert.Equal(2.0 / 3, lake.Single(TauxPortageBailleur, Appel, "93", "A1").Valeur);
        Assert.Equal(0, lake.Single(TauxPortageBailleur, Region, "84").Valeur);
    }
}
