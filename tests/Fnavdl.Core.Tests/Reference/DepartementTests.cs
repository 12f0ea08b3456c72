using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Tests.Reference;

public sealed class DepartementTests
{
    private static readonly AdministrativeReference Reference = AdministrativeReference.Embedded;

    [Theory]
    [InlineData("13", "13", "93")]
    [InlineData(" 13 ", "13", "93")]
    [InlineData("75", "75", "11")]
    [InlineData("6", "06", "93")]
    [InlineData("06", "06", "93")]
    [InlineData("2A", "2A", "94")]
    [InlineData("2a", "2A", "94")]
    [InlineData("2B", "2B", "94")]
    [InlineData("971", "971", "01")]
    [InlineData("976", "976", "06")]
    [InlineData("69", "69", "84")]
    public void Departments_are_found_with_their_region(string text, string code, string region)
    {
        var departement = Reference.FindDepartement(text);
        Assert.NotNull(departement);
        Assert.Equal(code, departement.Code);
        Assert.Equal(region, departement.CodeRegion);
    }

    [Theory]
    [InlineData("20")] // Corsica was split in 1976
    [InlineData("96")]
    [InlineData("975")] // Saint-Pierre-et-Miquelon is outside the 18 regions
    [InlineData("2C")]
    [InlineData("")]
    [InlineData("Bouches-du-Rhône")]
    public void Unknown_departments_are_not_found(string text) => Assert.Null(Reference.FindDepartement(text));

    [Fact]
    public void Every_department_belongs_to_one_of_the_18_regions()
    {
        Assert.Equal(101, Reference.Departements.Count);
        var regionCodes = Reference.Regions.Select(r => r.Code).ToHashSet();
        Assert.All(Reference.Departements, d => Assert.Contains(d.CodeRegion, regionCodes));
    }

    [Fact]
    public void Departments_of_a_region_are_listed_by_code()
    {
        Assert.Equal(["04", "05", "06", "13", "83", "84"], Reference.DepartementsOf("93").Select(d => d.Code));
        Assert.Equal(["2A", "2B"], Reference.DepartementsOf("94").Select(d => d.Code));
        Assert.Empty(Reference.DepartementsOf("99"));
    }
}
