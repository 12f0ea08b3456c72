using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Tests.Lake;

public class ThemeSharesTests
{
    private static IReadOnlyList<Thematique> Themes(int n) =>
        [.. Enumerable.Range(1, n).Select(i => new Thematique("t" + i, "Thème " + i))];

    [Fact]
    public void Cents_left_over_go_to_the_first_themes_so_shares_add_up_exactly()
    {
        var shares = ThemeShares.Split(100.00m, Themes(3));

        Assert.Equal([33.34m, 33.33m, 33.33m], shares.Select(s => s.MontantPondere));
        Assert.All(shares, s => Assert.Equal(1.0 / 3, s.Poids));
    }

    [Theory]
    [InlineData("3100000.50", 3)]
    [InlineData("0.05", 7)]
    [InlineData("77517.49", 4)]
    [InlineData("1", 1)]
    [InlineData("-100.01", 3)]
    public void Shares_add_up_to_the_amount_and_stay_within_a_cent_of_amount_times_weight(string amount, int themes)
    {
        var montant = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var shares = ThemeShares.Split(montant, Themes(themes));

        Assert.Equal(montant, shares.Sum(s => s.MontantPondere));
        Assert.All(shares, s => Assert.True(Math.Abs(s.MontantPondere - montant / themes) < 0.01m));
        Assert.All(shares, s => Assert.Equal(s.MontantPondere, decimal.Round(s.MontantPondere, 2)));
    }

    [Fact]
    public void No_theme_no_share()
    {
        Assert.Empty(ThemeShares.Split(10m, []));
    }
}
