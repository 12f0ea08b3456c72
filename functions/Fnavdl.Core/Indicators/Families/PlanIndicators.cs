namespace Fnavdl.Core.Indicators.Families;

/// <summary>
/// What projects plan: <c>menages_prevus_total</c>, <c>cout_moyen_par_menage_prevu</c>, <c>part_projets_pluriannuels</c>.
/// </summary>
internal sealed class PlanIndicators : IIndicatorFamily
{
    public IEnumerable<IndicatorValue> Compute(ScopeInput input)
    {
        var projets = input.Projets;
        if (projets.IsEmpty) return [];
        long menages = 0, menagesPositifs = 0, centsWithMenages = 0, knownDuration = 0, multiYear = 0;
        var anyMenages = false;
        foreach (ref readonly var p in projets)
        {
            if (p.MenagesPrevus is { } m)
            {
                anyMenages = true;
                menages += m;
                if (m > 0)
                {
                    menagesPositifs += m;
                    centsWithMenages += p.MontantCents;
                }
            }
            if (p.DureeMois is { } d)
            {
                knownDuration++;
                if (d > 12) multiYear++;
            }
        }
        var values = new List<IndicatorValue>(3);
        // A total of unknown values is unknown, not 0.
        if (anyMenages) values.Add(IndicatorValue.Count(Indicateurs.MenagesPrevusTotal, menages, Unites.Menages));
        values.AddRange(IndicatorValue.Ratio(Indicateurs.CoutMoyenParMenagePrevu, centsWithMenages / 100.0, menagesPositifs, unite: Unites.Euros));
        values.AddRange(IndicatorValue.Ratio(Indicateurs.PartProjetsPluriannuels, multiYear, knownDuration));
        return values;
    }
}
