namespace Fnavdl.Core.Indicators.Families;

/// <summary><c>enveloppe</c> and <c>taux_engagement</c> (national and region scopes).</summary>
internal sealed class EnvelopeIndicators : IIndicatorFamily
{
    public IEnumerable<IndicatorValue> Compute(ScopeInput input)
    {
        if (input.IsCall || input.Enveloppes.Count == 0) return [];
        long envelopeCents = 0;
        var regionsWithEnvelope = new HashSet<int>();
        foreach (var e in input.Enveloppes)
        {
            envelopeCents += e.MontantCents;
            regionsWithEnvelope.Add(e.Region);
        }
        // National: only the amounts of regions that have an envelope are set against the envelopes.
        long engagedCents = 0;
        foreach (ref readonly var p in input.Projets)
            if (regionsWithEnvelope.Contains(p.Region)) engagedCents += p.MontantCents;
        return
        [
            IndicatorValue.Euros(Indicateurs.Enveloppe, envelopeCents),
            .. IndicatorValue.Ratio(Indicateurs.TauxEngagement, engagedCents / 100.0, envelopeCents / 100.0),
        ];
    }
}
