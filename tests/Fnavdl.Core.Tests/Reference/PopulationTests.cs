using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Tests.Reference;

public sealed class PopulationTests
{
    private static readonly AdministrativeReference Reference = AdministrativeReference.Embedded;

    [Fact]
    public void National_population_including_overseas_is_about_68_million()
    {
        Assert.InRange(Reference.CommunePopulationOfRegions(), 66_000_000, 70_000_000);
    }

    [Fact]
    public void National_population_is_the_sum_of_the_regions()
    {
        Assert.Equal(
            Reference.Regions.Sum(r => Reference.CommunePopulation(r.Code)),
            Reference.CommunePopulationOfRegions());
    }

    [Theory]
    [InlineData("11", 12_000_000, 13_000_000)]
    [InlineData("93", 5_000_000, 5_500_000)]
    [InlineData("84", 7_800_000, 8_600_000)]
    [InlineData("94", 300_000, 400_000)]
    [InlineData("06", 200_000, 400_000)]
    [InlineData("6", 200_000, 400_000)]
    public void Regional_populations_are_plausible(string code, long min, long max)
    {
        Assert.InRange(Reference.CommunePopulation(code), min, max);
    }

    [Fact]
    public void Every_region_has_a_positive_population()
    {
        Assert.All(Reference.Regions, r => Assert.True(Reference.CommunePopulation(r.Code) > 0, r.Code));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("975")]
    [InlineData("PACA")]
    public void Population_of_an_unknown_region_is_refused(string code)
    {
        Assert.Throws<ArgumentException>(() => Reference.CommunePopulation(code));
    }
}
