using System.Globalization;

namespace Fnavdl.Core.Indicators.Refresh;

/// <summary>The programme years a set of unit keys touches ("projets/annee=2021/code_region=93/appel=…" → 2021).</summary>
internal static class AffectedYears
{
    private const string Segment = "annee=";

    public static IReadOnlyList<int> Of(IEnumerable<string> unitKeys)
    {
        ArgumentNullException.ThrowIfNull(unitKeys);
        var years = new SortedSet<int>();
        foreach (var key in unitKeys)
            foreach (var segment in key.Split('/'))
                if (segment.StartsWith(Segment, StringComparison.Ordinal)
                    && int.TryParse(segment.AsSpan(Segment.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var annee))
                    years.Add(annee);
        return [.. years];
    }
}
