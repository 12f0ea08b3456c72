using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Tests.Reference;

public sealed class RegionResolutionTests
{
    private static readonly AdministrativeReference Reference = AdministrativeReference.Embedded;

    [Fact]
    public void Regions_are_the_18_current_ones_ordered_by_code()
    {
        string[] expected = ["01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"];
        Assert.Equal(expected, Reference.Regions.Select(r => r.Code));
        Assert.Equal("Provence-Alpes-Côte d'Azur", Reference.FindRegion("93")?.Nom);
        Assert.Equal("Île-de-France", Reference.FindRegion("11")?.Nom);
    }

    [Theory]
    [InlineData("93", "93")]
    [InlineData(" 84 ", "84")]
    [InlineData("06", "06")]
    [InlineData("6", "06")]
    [InlineData(" 6", "06")]
    [InlineData("1", "01")]
    public void Codes_resolve(string text, string expected)
    {
        Assert.True(Reference.TryResolveRegion(text, out var region));
        Assert.Equal(expected, region.Code);
    }

    [Theory]
    [InlineData("Provence-Alpes-Côte d'Azur", "93")]
    [InlineData("provence alpes cote d'azur", "93")]
    [InlineData("PROVENCE ALPES CÔTE D’AZUR", "93")]
    [InlineData("Île-de-France", "11")]
    [InlineData("ile de france", "11")]
    [InlineData("Auvergne-Rhône-Alpes", "84")]
    [InlineData("auvergne rhone alpes", "84")]
    [InlineData("Bourgogne-Franche-Comté", "27")]
    [InlineData("Occitanie", "76")]
    [InlineData("BRETAGNE", "53")]
    [InlineData("Grand-Est", "44")]
    [InlineData("La Réunion", "04")]
    [InlineData("Réunion", "04")]
    [InlineData("Région Bretagne", "53")]
    [InlineData("Région Sud", "93")]
    [InlineData("Région 76", "76")]
    public void Names_resolve_whatever_the_case_accents_and_punctuation(string text, string expected)
    {
        Assert.True(Reference.TryResolveRegion(text, out var region));
        Assert.Equal(expected, region.Code);
    }

    [Theory]
    [InlineData("PACA", "93")]
    [InlineData("paca", "93")]
    [InlineData("IDF", "11")]
    [InlineData("AURA", "84")]
    [InlineData("ARA", "84")]
    [InlineData("BFC", "27")]
    [InlineData("HDF", "32")]
    [InlineData("H.D.F.", "32")]
    [InlineData("CVL", "24")]
    public void Abbreviations_resolve(string text, string expected)
    {
        Assert.True(Reference.TryResolveRegion(text, out var region));
        Assert.Equal(expected, region.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("99")]
    [InlineData("975")] // Saint-Pierre-et-Miquelon: a collectivity, not one of the 18 regions
    [InlineData("13")] // a department code, not a region code
    [InlineData("971")] // Guadeloupe's department code; the region is 01
    [InlineData("Bavière")]
    [InlineData("Provence")]
    [InlineData("Région")]
    [InlineData("Sud")]
    public void Unknown_text_does_not_resolve(string text)
    {
        Assert.False(Reference.TryResolveRegion(text, out _));
    }

    [Theory]
    [InlineData("93", "93")]
    [InlineData("6", "06")]
    [InlineData(" 11 ", "11")]
    public void FindRegion_accepts_codes(string code, string expected) =>
        Assert.Equal(expected, Reference.FindRegion(code)?.Code);

    [Theory]
    [InlineData("PACA")]
    [InlineData("975")]
    [InlineData("")]
    public void FindRegion_accepts_only_codes_of_current_regions(string code) =>
        Assert.Null(Reference.FindRegion(code));

    [Fact]
    public void Embedded_source_names_the_pinned_package_version()
    {
        Assert.Equal("@etalab/decoupage-administratif@6.0.0", Reference.Source);
    }

    [Fact]
    public void Embedded_reference_is_loaded_once_whichever_thread_asks_first()
    {
        var seen = new AdministrativeReference[8];
        Parallel.For(0, seen.Length, i => seen[i] = AdministrativeReference.Embedded);

        Assert.All(seen, r => Assert.Same(seen[0], r));
        Assert.Same(Reference, seen[0]);
    }
}
