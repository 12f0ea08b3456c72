using Fnavdl.Core.Indicators;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Access;

/// <summary>
/// The analysts' indicator query (<c>annee</c>, <c>perimetre</c>, <c>code_region</c>): the year's long table from
/// the lookup index, in the gold file's order. A year with no indicators yet is an empty table. The formats
/// (JSON, CSV for a French Excel, XLSX) are <see cref="IndicatorExport"/> and <see cref="IndicatorWorkbook"/>.
/// </summary>
public sealed class IndicatorsQueryService(IIndicatorIndex index, AdministrativeReference reference)
{
    public async Task<QueryOutcome<IReadOnlyList<IndicatorRow>>> QueryAsync(string? annee, string? perimetre, string? codeRegion,
        CancellationToken cancellationToken = default)
    {
        if (!QueryParameters.TryAnnee(annee, out var year, out var error)
            || !QueryParameters.TryPerimetre(perimetre, out var scope, out error)
            || !QueryParameters.TryRegion(codeRegion, reference, required: false, out var region, out error))
            return QueryOutcome<IReadOnlyList<IndicatorRow>>.Refused(error!);
        return QueryOutcome<IReadOnlyList<IndicatorRow>>.Found(await index.QueryAsync(year, scope, region, cancellationToken));
    }
}
