using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Tests.Reference;

public sealed class EpciTests
{
    private static readonly AdministrativeReference Reference = AdministrativeReference.Embedded;

    [Fact]
    public void Aix_Marseille_Provence_is_a_PACA_EPCI()
    {
        var epci = Reference.FindEpci("200054807");
        Assert.NotNull(epci);
        Assert.Equal("Métropole d'Aix-Marseille-Provence", epci.Nom);
        Assert.Contains("93", epci.RegionsOfMembers);
        Assert.Single(epci.RegionsOfMembers);
        Assert.Contains("13055", epci.MemberCommunes); // Marseille
        Assert.InRange(epci.Population, 1_500_000, 2_500_000);
    }

    [Fact]
    public void An_EPCI_may_have_members_in_two_regions()
    {
        // CA du Grand Avignon: Vaucluse (PACA) and Gard (Occitanie) communes.
        var epci = Reference.FindEpci("248400251");
        Assert.NotNull(epci);
        Assert.Equal(["76", "93"], epci.RegionsOfMembers.Order(StringComparer.Ordinal));
        Assert.Contains("84007", epci.MemberCommunes); // Avignon
        Assert.Contains("30011", epci.MemberCommunes); // Les Angles (Gard)
    }

    [Fact]
    public void The_region_sets_shared_between_EPCI_cannot_be_changed()
    {
        // One set instance is shared by every EPCI with the same regions, and by every thread.
        var paca = Reference.Epcis.Where(e => e.RegionsOfMembers.SetEquals(["93"])).Take(2).ToList();
        var regions = paca[0].RegionsOfMembers;
        Assert.Same(regions, paca[1].RegionsOfMembers);

        var asSet = Assert.IsAssignableFrom<ISet<string>>(regions);
        Assert.Throws<NotSupportedException>(() => asSet.Add("11"));
        Assert.Equal(["93"], regions);
    }

    [Theory]
    [InlineData("200 054 807")]
    [InlineData(" 200054807 ")]
    [InlineData("200\u00A0054\u00A0807")]
    [InlineData("200\u202F054\u202F807")]
    public void Spaces_in_the_SIREN_are_tolerated(string siren) =>
        Assert.Equal("200054807", Reference.FindEpci(siren)?.Siren);

    [Theory]
    [InlineData("200054808")] // one digit off
    [InlineData("20005480")]
    [InlineData("2000548070")]
    [InlineData("732829320")] // a valid SIREN, but a company's
    [InlineData("")]
    [InlineData("abc")]
    public void Unknown_SIRENs_are_not_found(string siren) => Assert.Null(Reference.FindEpci(siren));

    [Fact]
    public void Every_EPCI_has_sorted_members_and_their_regions()
    {
        Assert.InRange(Reference.Epcis.Count, 1_200, 1_300);
        Assert.All(Reference.Epcis, e =>
        {
            Assert.Matches("^[0-9]{9}$", e.Siren);
            Assert.NotEmpty(e.MemberCommunes);
            Assert.Equal(e.MemberCommunes.Order(StringComparer.Ordinal), e.MemberCommunes);
            Assert.NotEmpty(e.RegionsOfMembers);
            Assert.True(e.Population > 0);
        });
        Assert.Contains(Reference.Epcis, e => e.RegionsOfMembers.Count > 1);
    }

    [Fact]
    public void EPCIs_listed_in_the_reference_notes_are_in_their_regions()
    {
        Assert.Contains("84", Reference.FindEpci("200046977")!.RegionsOfMembers); // Métropole de Lyon
        Assert.Contains("11", Reference.FindEpci("200054781")!.RegionsOfMembers); // Métropole du Grand Paris
        Assert.Contains("53", Reference.FindEpci("243500139")!.RegionsOfMembers); // Rennes Métropole
        Assert.Contains("76", Reference.FindEpci("243100518")!.RegionsOfMembers); // Toulouse Métropole
        Assert.Contains("44", Reference.FindEpci("246700488")!.RegionsOfMembers); // Eurométropole de Strasbourg
        Assert.DoesNotContain("93", Reference.FindEpci("243500139")!.RegionsOfMembers);
    }
}
