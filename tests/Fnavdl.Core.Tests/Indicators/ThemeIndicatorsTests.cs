using static Fnavdl.Core.Indicators.Indicateurs;
using static Fnavdl.Core.Indicators.Perimetres;

namespace Fnavdl.Core.Tests.Indicators;

[Collection(IndicatorLakeCollection.Name)]
public sealed class ThemeIndicatorsTests(IndicatorLake lake)
{
    [Fact]
    public void A_project_counts_for_each_of_its_themes_once()
    {
        var parts = lake.Find(PartProjetsThematique, National).ToDictionary(r => r.Dimension!, r => r.Numerateur!.Value);
        Assert.Equal(new Dictionary<string, double> { ["autre"] = 1, ["dalo"] = 3, ["jeunes"] = 3, ["sante_mentale"] = 1 }, parts);
        Assert.All(lake.Find(PartProjetsThematique, National), r => Assert.Equal(5, r.Denominateur));
        Assert.True(lake.Find(PartProjetsThematique, National).Sum(r => r.Valeur) >= 1);
        Assert.Equal(["dalo", "jeunes", "sante_mentale"], lake.Find(PartProjetsThematique, Appel, "93", "A1").Select(r => r.Dimension));
    }

    [Fact]
    public void Amounts_are_split_evenly_across_a_projects_themes()
    {
        var amounts = lake.Find(MontantThematique, National).ToDictionary(r => r.Dimension!, r => r.Valeur);
        // jeunes: 100/2 + 200 + 300/3; dalo: 100/2 + 300/3 + 400; autre: P5's 1000 over its two 'autre' labels.
        Assert.Equal(350, amounts["jeunes"], 9);
        Assert.Equal(550, amounts["dalo"], 9);
        Assert.Equal(100, amounts["sante_mentale"], 9);
        Assert.Equal(1000, amounts["autre"], 9);

        var shares = lake.Find(PartMontantThematique, National);
        Assert.Equal(1, shares.Sum(r => r.Valeur), 12);
        Assert.Equal(0.275, shares.Single(r => r.Dimension == "dalo").Valeur, 12);
    }

    [Fact]
    public void Diversity_is_the_Gini_Simpson_index_of_amount_shares()
    {
        Assert.Equal(1 - (0.175 * 0.175 + 0.275 * 0.275 + 0.05 * 0.05 + 0.5 * 0.5), lake.Single(DiversiteThematique, National).Valeur, 12);
        Assert.Equal(0, lake.Single(DiversiteThematique, Region, "84").Valeur, 12); // a single theme
    }
}
