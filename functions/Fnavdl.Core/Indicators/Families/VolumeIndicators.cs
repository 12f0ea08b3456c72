namespace Fnavdl.Core.Indicators.Families;

/// <summary><c>nb_projets</c>, <c>montant_accorde_total</c>, <c>montant_accorde_moyen</c>, <c>montant_accorde_median</c>.</summary>
internal sealed class VolumeIndicators : IIndicatorFamily
{
    public IEnumerable<IndicatorValue> Compute(ScopeInput input)
    {
        var projets = input.Projets;
        if (projets.IsEmpty) return [];
        var cents = new long[projets.Length];
        long total = 0;
        for (var i = 0; i < projets.Length; i++)
        {
            cents[i] = projets[i].MontantCents;
            total += cents[i];
        }
        return
        [
            IndicatorValue.Count(Indicateurs.NbProjets, projets.Length, Unites.Projets),
            IndicatorValue.Euros(Indicateurs.MontantAccordeTotal, total),
            new(Indicateurs.MontantAccordeMoyen, null, total / 100.0 / projets.Length, null, null, Unites.Euros),
            new(Indicateurs.MontantAccordeMedian, null, MedianCents(cents) / 100.0, null, null, Unites.Euros),
        ];
    }

    /// <summary>The middle value, or the mean of the two middle values for an even count (in cents, halves kept).</summary>
    internal static double MedianCents(long[] cents)
    {
        var n = cents.Length;
        var upper = Select(cents, n / 2);
        if (n % 2 == 1) return upper;
        // After selecting the upper middle, everything left of it is ≤ it: the lower middle is their maximum.
        var lower = long.MinValue;
        for (var i = 0; i < n / 2; i++) lower = Math.Max(lower, cents[i]);
        return (lower + (double)upper) / 2;
    }

    // Quickselect (Hoare partition): O(n) on average, where sorting a national year would be O(n log n).
    private static long Select(long[] values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = values[left + (right - left) / 2];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return values[k];
        }
        return values[k];
    }
}
