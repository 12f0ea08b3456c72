using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>A project's share of one theme: the theme, its weight and its part of the amount.</summary>
public sealed record ThemeShare(Thematique Thematique, double Poids, decimal MontantPondere);

/// <summary>
/// Splits a project's amount evenly across its themes (indicators.md, <c>montant_thematique</c>).
/// </summary>
/// <remarks>
/// <c>poids</c> is 1 / (number of themes), unrounded. <c>montant_pondere</c> is the amount in cents
/// split like a bill: every theme gets the quotient of the cents by the number of themes, and the
/// remaining cents (fewer than the number of themes) go one each to the first themes, in file order.
/// So the shares of a project add up to <c>montant_accorde</c> exactly (Σ <c>montant_pondere</c> =
/// Σ <c>montant_accorde</c> in any report), and each differs from <c>montant_accorde × poids</c> by less than
/// one cent: 100,00 € over three themes gives 33,34 + 33,33 + 33,33.
/// </remarks>
public static class ThemeShares
{
    public static IReadOnlyList<ThemeShare> Split(decimal montantAccorde, IReadOnlyList<Thematique> thematiques)
    {
        var count = thematiques.Count;
        if (count == 0) return [];
        var cents = (long)decimal.Round(montantAccorde * 100m, 0, MidpointRounding.AwayFromZero);
        var quotient = cents / count;
        var remainder = cents % count; // same sign as cents: a negative amount hands out negative cents
        var poids = 1.0 / count;
        var shares = new ThemeShare[count];
        for (var i = 0; i < count; i++)
        {
            var extra = i < Math.Abs(remainder) ? Math.Sign(remainder) : 0;
            shares[i] = new ThemeShare(thematiques[i], poids, (quotient + extra) / 100m);
        }
        return shares;
    }
}
