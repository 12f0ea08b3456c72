using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>A project's share of one theme: the theme, its weight and its part of the amount.</summary>
internal sealed record ThemeShare(Thematique Thematique, double Poids, decimal MontantPondere);

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
internal static class ThemeShares
{
    public static IReadOnlyList<ThemeShare> Split(decimal montantAccorde, IReadOnlyList<Thematique> thematiques)
    {
        var count = thematiques.Count;
        if (count == 0) return [];
        var split = new CentsSplit(montantAccorde, count);
        var shares = new ThemeShare[count];
        for (var i = 0; i < count; i++)
            shares[i] = new ThemeShare(thematiques[i], split.Poids, split.MontantPondere(i));
        return shares;
    }

    /// <summary>
    /// The split of one amount over <c>count</c> themes, share by share: the lake's writer takes each share
    /// as it writes its row, without a list of shares per project.
    /// </summary>
    internal readonly struct CentsSplit
    {
        private readonly long _quotient;
        private readonly long _remainder;

        public CentsSplit(decimal montantAccorde, int count)
        {
            var cents = (long)decimal.Round(montantAccorde * 100m, 0, MidpointRounding.AwayFromZero);
            _quotient = cents / count;
            _remainder = cents % count; // same sign as cents: a negative amount hands out negative cents
            Poids = 1.0 / count;
        }

        public double Poids { get; }

        public decimal MontantPondere(int index)
        {
            var extra = index < Math.Abs(_remainder) ? Math.Sign(_remainder) : 0;
            return Cents(_quotient + extra);
        }

        // The cents as a decimal with 2 decimals, built from its parts: a decimal division costs far more.
        private static decimal Cents(long cents)
        {
            var magnitude = (ulong)Math.Abs(cents);
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, cents < 0, 2);
        }
    }
}
