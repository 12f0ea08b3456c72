namespace SampleMaker;

/// <summary>Splits a call's published total into plausible grants that add up to it exactly.</summary>
public static class AmountSplitter
{
    public static IReadOnlyList<decimal> Split(Random random, int count, decimal total, int minThousands, int maxThousands, double centsShare)
    {
        var weights = Enumerable.Range(0, count).Select(_ => (decimal)random.Next(minThousands, maxThousands + 1)).ToList();
        var scale = total / weights.Sum();
        var amounts = weights.Select(w => decimal.Round(w * scale / 500m) * 500m).ToList();
        // Some grants are not round: budgets computed from staff costs end in odd euros and cents.
        for (var i = 0; i < count - 1; i++)
            if (random.NextDouble() < centsShare)
                amounts[i] += random.Next(1, 499) + random.Next(0, 100) / 100m;
        amounts[count - 1] = total - amounts.Take(count - 1).Sum();
        if (amounts.Sum() != total || amounts.Min() <= 0)
            throw new InvalidOperationException("amount split failed");
        return amounts;
    }
}
