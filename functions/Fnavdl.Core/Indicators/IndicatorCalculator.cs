using Fnavdl.Core.Indicators.Families;
using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// Computes the long table of one year from its in-memory rows: cuts the year into scopes (national,
/// each region, each call) and asks every indicator family for its values. Pure: no I/O.
/// </summary>
internal sealed class IndicatorCalculator(AdministrativeReference reference)
{
    private readonly IReadOnlyList<IIndicatorFamily> _families =
    [
        new VolumeIndicators(),
        new CarrierIndicators(),
        new EpciIndicators(reference),
        new ThemeIndicators(),
        new EnvelopeIndicators(),
        new PlanIndicators(),
        new FollowUpIndicators(),
        new CoverageIndicators(reference),
    ];

    public IReadOnlyList<IndicatorRow> Compute(YearData year)
    {
        var rows = new List<IndicatorRow>();
        foreach (var scope in Scopes(year))
            foreach (var family in _families)
                foreach (var v in family.Compute(scope))
                    rows.Add(new IndicatorRow(year.Annee, scope.Scope.Perimetre, scope.Scope.CodeRegion, scope.Scope.AppelAProjets,
                        v.Indicateur, v.Dimension, v.Valeur, v.Numerateur, v.Denominateur, v.Unite));
        rows.Sort(CompareRows);
        return rows;
    }

    /// <summary>The scopes of a year: national, then every region met in any table, then every call.</summary>
    internal static IEnumerable<ScopeInput> Scopes(YearData year)
    {
        var declaring = year.Calls.Select(c => year.Regions[c.Region]).Distinct().Order(StringComparer.Ordinal).ToList();
        yield return new ScopeInput
        {
            Scope = new Scope(Perimetres.National, null, null),
            Year = year,
            ProjetStart = 0,
            ProjetCount = year.Projets.Length,
            Epci = Union(year.Calls),
            Suivi = year.Suivi,
            Enveloppes = year.Enveloppes,
            DeclaringRegions = declaring,
        };
        for (var r = 0; r < year.Regions.Count; r++)
        {
            var region = r;
            var calls = year.Calls.Where(c => c.Region == region).ToList();
            var start = calls.Count == 0 ? 0 : calls[0].Start;
            var count = calls.Sum(c => c.Count);
            yield return new ScopeInput
            {
                Scope = new Scope(Perimetres.Region, year.Regions[r], null),
                Year = year,
                ProjetStart = start,
                ProjetCount = count,
                Epci = Union(calls),
                Suivi = year.Suivi.Where(s => s.Region == region).ToList(),
                Enveloppes = year.Enveloppes.Where(e => e.Region == region).ToList(),
                DeclaringRegions = calls.Count == 0 ? [] : [year.Regions[r]],
            };
        }
        foreach (var call in year.Calls)
        {
            yield return new ScopeInput
            {
                Scope = new Scope(Perimetres.Appel, year.Regions[call.Region], call.AppelAProjets),
                Year = year,
                ProjetStart = call.Start,
                ProjetCount = call.Count,
                Epci = call.Epci,
                Suivi = [],
                Enveloppes = [],
                DeclaringRegions = [year.Regions[call.Region]],
            };
        }
    }

    private static HashSet<string> Union(IEnumerable<CallRange> calls)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in calls) all.UnionWith(call.Epci);
        return all;
    }

    /// <summary>Deterministic order: scope (national, region, call), region, call, the spec's indicator order, dimension.</summary>
    internal static int CompareRows(IndicatorRow a, IndicatorRow b)
    {
        var c = Perimetres.Rank(a.Perimetre).CompareTo(Perimetres.Rank(b.Perimetre));
        if (c == 0) c = string.CompareOrdinal(a.CodeRegion, b.CodeRegion);
        if (c == 0) c = string.CompareOrdinal(a.AppelAProjets, b.AppelAProjets);
        if (c == 0) c = Indicateurs.Rank(a.Indicateur).CompareTo(Indicateurs.Rank(b.Indicateur));
        if (c == 0) c = string.CompareOrdinal(a.Dimension, b.Dimension);
        return c;
    }
}
