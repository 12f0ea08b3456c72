using Fnavdl.Core.Indicators;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Access;

/// <summary>
/// <c>GET /api/indicateurs?annee=&amp;perimetre=&amp;code_region=</c>: the year's long table from the lookup
/// index, as JSON, as CSV for a French Excel when the client accepts <c>text/csv</c>
/// (see <see cref="IndicatorExport"/>), or as an XLSX workbook when it accepts
/// <see cref="IndicatorWorkbook.ContentType"/> (codes as text, figures as numbers). A year with no
/// indicators yet answers an empty table.
/// </summary>
public sealed class IndicatorsQueryService(IIndicatorIndex index, AdministrativeReference reference)
{
    public async Task<ApiResponse> GetAsync(string? annee, string? perimetre, string? codeRegion, string? accept, CancellationToken cancellationToken = default)
    {
        if (!QueryParameters.TryAnnee(annee, out var year, out var error)
            || !QueryParameters.TryPerimetre(perimetre, out var scope, out error)
            || !QueryParameters.TryRegion(codeRegion, reference, required: false, out var region, out error))
            return ApiResponse.BadRequest(error!);

        var rows = await index.QueryAsync(year, scope, region, cancellationToken);
        if (Wants(accept, IndicatorWorkbook.ContentType))
            return new ApiResponse(200, IndicatorWorkbook.ContentType, IndicatorWorkbook.Render(rows));
        return Wants(accept, "text/csv")
            ? new ApiResponse(200, ApiResponse.CsvType, IndicatorExport.ToCsv(rows))
            : ApiResponse.Json(IndicatorExport.ToJson(rows, indented: false));
    }

    private static bool Wants(string? accept, string mediaType) =>
        accept is not null && accept.Contains(mediaType, StringComparison.OrdinalIgnoreCase);
}
