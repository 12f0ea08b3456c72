using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Indicators.Families;

/// <summary><c>nb_regions_declarantes</c> (national): regions of the 18 with at least one project that year.</summary>
internal sealed class CoverageIndicators(AdministrativeReference reference) : IIndicatorFamily
{
    public IEnumerable<IndicatorValue> Compute(ScopeInput input)
    {
        if (!input.IsNational) return [];
        var count = input.DeclaringRegions.Count(code => reference.FindRegion(code) is not null);
        return [IndicatorValue.Count(Indicateurs.NbRegionsDeclarantes, count, Unites.Regions)];
    }
}
