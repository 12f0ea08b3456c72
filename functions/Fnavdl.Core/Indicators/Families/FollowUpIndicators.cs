namespace Fnavdl.Core.Indicators.Families;

/// <summary>
/// From the <c>suivi</c> rows (national and region scopes): <c>menages_accompagnes</c>, <c>taux_relogement</c>,
/// <c>taux_maintien</c>, <c>cout_par_menage_accompagne</c>.
/// </summary>
internal sealed class FollowUpIndicators : IIndicatorFamily
{
    public IEnumerable<IndicatorValue> Compute(ScopeInput input)
    {
        if (input.IsCall || input.Suivi.Count == 0) return [];
        long accompagnes = 0, relogements = 0, sortisRelogement = 0, maintiens = 0, sortisMaintien = 0, consommeCents = 0, accompagnesPayes = 0;
        foreach (var s in input.Suivi)
        {
            accompagnes += s.MenagesAccompagnes;
            if (s is { Relogements: { } r, MenagesSortis: { } sortis })
            {
                relogements += r;
                sortisRelogement += sortis;
            }
            if (s is { Maintiens: { } m, MenagesSortis: { } sortis2 })
            {
                maintiens += m;
                sortisMaintien += sortis2;
            }
            if (s is { MontantConsommeCents: { } c, MenagesAccompagnes: > 0 })
            {
                consommeCents += c;
                accompagnesPayes += s.MenagesAccompagnes;
            }
        }
        return
        [
            IndicatorValue.Count(Indicateurs.MenagesAccompagnes, accompagnes, Unites.Menages),
            .. IndicatorValue.Ratio(Indicateurs.TauxRelogement, relogements, sortisRelogement),
            .. IndicatorValue.Ratio(Indicateurs.TauxMaintien, maintiens, sortisMaintien),
            .. IndicatorValue.Ratio(Indicateurs.CoutParMenageAccompagne, consommeCents / 100.0, accompagnesPayes, unite: Unites.Euros),
        ];
    }
}
