using Fnavdl.Core.Validation.Rules;

namespace Fnavdl.Core.Tests.Validation;

/// <summary>The rules that span several fields, each named and checked on its own.</summary>
public sealed class CrossFieldRulesTests
{
    [Theory]
    [InlineData(new[] { "association", "bailleur_social" }, true)]
    [InlineData(new[] { "bailleur_social", "collectivite", "association" }, true)]
    [InlineData(new[] { "association", "association" }, false)]
    [InlineData(new[] { "bailleur_social" }, false)]
    [InlineData(new[] { "collectivite", "autre" }, false)]
    public void Co_portage_derive_needs_an_association_and_a_social_landlord_among_the_carriers(string[] types, bool expected) =>
        Assert.Equal(expected, CarrierRules.CoPortageDerive(types));

    [Theory]
    [InlineData(new[] { "bailleur_social" }, true)]
    [InlineData(new[] { "association", "bailleur_social" }, true)]
    [InlineData(new[] { "association", "collectivite" }, false)]
    public void Portage_bailleur_is_a_social_landlord_as_lead_or_co_carrier(string[] types, bool expected) =>
        Assert.Equal(expected, CarrierRules.PortageBailleur(types));

    [Fact]
    public void Follow_up_counts_that_nest_pass()
    {
        Assert.Empty(FollowUpCounts.Check(10, 6, 4, 2));
        Assert.Empty(FollowUpCounts.Check(10, 10, 10, 10)); // rehousings and kept homes are each within the exits
        Assert.Empty(FollowUpCounts.Check(10, null, null, null));
    }

    [Fact]
    public void Each_count_larger_than_its_whole_is_reported_on_its_own_field()
    {
        var breaches = FollowUpCounts.Check(5, 6, 7, 8).ToList();

        Assert.Equal(["menages_sortis", "relogements", "maintiens"], breaches.Select(b => b.Field));
        Assert.Equal([6, 7, 8], breaches.Select(b => b.Value));
        Assert.Equal("Plus de ménages sortis (6, colonne « Sorties ») que de ménages accompagnés (5).", breaches[0].Message.InColumn("Sorties").Text);
    }
}
