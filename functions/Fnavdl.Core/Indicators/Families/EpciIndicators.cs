using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Indicators.Families;

/// <summary><c>taux_implication_epci</c>, <c>nb_epci_distincts</c>, <c>part_population_epci_impliques</c>.</summary>
internal sealed class EpciIndicators(AdministrativeReference reference) : IIndicatorFamily
{
    public IEnumerable<IndicatorValue> Compute(ScopeInput input)
    {
        var projets = input.Projets;
        if (projets.IsEmpty) return [];
        var withEpci = 0;
        foreach (ref readonly var p in projets)
            if (p.EpciImplique) withEpci++;
        var values = new List<IndicatorValue>(3);
        values.AddRange(IndicatorValue.Ratio(Indicateurs.TauxImplicationEpci, withEpci, projets.Length));
        values.Add(IndicatorValue.Count(Indicateurs.NbEpciDistincts, input.Epci.Count, Unites.Epci));
        if (!input.IsCall && CommunePopulation(input) is { } communes)
        {
            // EPCI absent from the reference cannot be counted: they add no inhabitants.
            long epciPopulation = 0;
            foreach (var siren in input.Epci)
                epciPopulation += reference.FindEpci(siren)?.Population ?? 0;
            values.AddRange(IndicatorValue.Ratio(Indicateurs.PartPopulationEpciImpliques, epciPopulation, communes));
        }
        return values;
    }

    private long? CommunePopulation(ScopeInput input) =>
        input.IsNational ? reference.CommunePopulationOfRegions()
        : reference.FindRegion(input.Scope.CodeRegion!) is { } region ? reference.CommunePopulation(region.Code)
        : null; // not one of the 18 regions: no population to divide by
}
