using System.Runtime.CompilerServices;
using Fnavdl.Core.Indicators;

namespace Fnavdl.Core.Tests.Indicators;

public sealed class ProjetFactsTests
{
    [Fact]
    public void A_project_holds_in_32_bytes_so_a_year_of_a_million_fits_in_32_MB()
    {
        Assert.Equal(32, Unsafe.SizeOf<ProjetFacts>());
    }

    [Theory]
    [InlineData(true, false, true, 0, null)]
    [InlineData(false, true, false, null, 0)]
    [InlineData(true, true, true, 80, 36)]
    [InlineData(false, false, false, null, null)]
    public void Packed_flags_and_unknown_counts_read_back_as_written(bool coPortage, bool bailleur, bool epci, int? menages, int? duree)
    {
        var facts = new ProjetFacts(3, 123_456_78, coPortage, bailleur, epci, menages, duree, 10, 2).InYear(5, 100);

        Assert.Equal((5, 123_456_78L, coPortage, bailleur, epci, menages, duree, 110, 2),
            (facts.Region, facts.MontantCents, facts.CoPortageDerive, facts.PortageBailleur, facts.EpciImplique,
             facts.MenagesPrevus, facts.DureeMois, facts.ThemeStart, facts.ThemeCount));
    }
}
