namespace Fnavdl.Core.Indicators.Families;

/// <summary><c>taux_co_portage</c>, <c>taux_co_portage_montant</c>, <c>taux_portage_bailleur</c>.</summary>
internal sealed class CarrierIndicators : IIndicatorFamily
{
    public IEnumerable<IndicatorValue> Compute(ScopeInput input)
    {
        var projets = input.Projets;
        if (projets.IsEmpty) return [];
        long coPortes = 0, bailleur = 0, total = 0, coPortesCents = 0;
        foreach (ref readonly var p in projets)
        {
            total += p.MontantCents;
            if (p.CoPortageDerive)
            {
                coPortes++;
                coPortesCents += p.MontantCents;
            }
            if (p.PortageBailleur) bailleur++;
        }
        return
        [
            .. IndicatorValue.Ratio(Indicateurs.TauxCoPortage, coPortes, projets.Length),
            .. IndicatorValue.Ratio(Indicateurs.TauxCoPortageMontant, coPortesCents / 100.0, total / 100.0),
            .. IndicatorValue.Ratio(Indicateurs.TauxPortageBailleur, bailleur, projets.Length),
        ];
    }
}
