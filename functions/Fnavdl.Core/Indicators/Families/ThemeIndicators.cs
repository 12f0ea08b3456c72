namespace Fnavdl.Core.Indicators.Families;

/// <summary>
/// <c>part_projets_thematique</c>, <c>montant_thematique</c>, <c>part_montant_thematique</c> (one row per theme
/// present, themes in ordinal order of code) and <c>diversite_thematique</c>.
/// </summary>
/// <remarks>
/// A project's amount is split evenly across its themes (amount / number of themes, unrounded, as the spec
/// defines it), so the theme amounts add up to the total up to floating-point error.
/// </remarks>
internal sealed class ThemeIndicators : IIndicatorFamily
{
    public IEnumerable<IndicatorValue> Compute(ScopeInput input)
    {
        var projets = input.Projets;
        if (projets.IsEmpty) return [];
        var year = input.Year;
        var carrying = new long[year.ThemeCodes.Count];
        var amounts = new double[year.ThemeCodes.Count];
        long totalCents = 0;
        foreach (ref readonly var p in projets)
        {
            totalCents += p.MontantCents;
            if (p.ThemeCount == 0) continue;
            var share = p.MontantCents / 100.0 / p.ThemeCount;
            for (var t = p.ThemeStart; t < p.ThemeStart + p.ThemeCount; t++)
            {
                var theme = year.ThemeIds[t];
                amounts[theme] += share;
                // A theme listed twice by one project still counts that project once.
                if (Array.IndexOf(year.ThemeIds, theme, p.ThemeStart, t - p.ThemeStart) < 0) carrying[theme]++;
            }
        }

        var total = totalCents / 100.0;
        var values = new List<IndicatorValue>();
        var simpson = 0.0;
        var anyShare = false;
        foreach (var theme in Enumerable.Range(0, carrying.Length).Where(t => carrying[t] > 0).OrderBy(t => year.ThemeCodes[t], StringComparer.Ordinal))
        {
            var code = year.ThemeCodes[theme];
            values.AddRange(IndicatorValue.Ratio(Indicateurs.PartProjetsThematique, carrying[theme], projets.Length, code));
            values.Add(new IndicatorValue(Indicateurs.MontantThematique, code, amounts[theme], null, null, Unites.Euros));
            foreach (var part in IndicatorValue.Ratio(Indicateurs.PartMontantThematique, amounts[theme], total, code))
            {
                values.Add(part);
                simpson += part.Valeur * part.Valeur;
                anyShare = true;
            }
        }
        if (anyShare) values.Add(new IndicatorValue(Indicateurs.DiversiteThematique, null, 1 - simpson, null, null, Unites.Ratio));
        return values;
    }
}
