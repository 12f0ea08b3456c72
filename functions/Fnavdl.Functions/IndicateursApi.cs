using Fnavdl.Core.Access;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>
/// <c>GET /api/indicateurs?annee=2021&amp;perimetre=region&amp;code_region=93</c> (function key): JSON, CSV with
/// <c>Accept: text/csv</c>, or an XLSX workbook with <c>Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>.
/// </summary>
public sealed class IndicateursApi(IndicatorsQueryService query, ILogger<IndicateursApi> logger)
{
    [Function("Indicateurs")]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "indicateurs")] HttpRequestData request, FunctionContext context)
    {
        var accept = request.Headers.TryGetValues("Accept", out var values) ? string.Join(',', values) : null;
        var answer = await query.GetAsync(request.Query["annee"], request.Query["perimetre"], request.Query["code_region"], accept, context.CancellationToken);
        logger.LogInformation("Indicators query {Query}: {Status} {ContentType}, {Bytes} bytes", request.Url.Query, answer.Status, answer.ContentType, answer.Body.Length);
        return await request.ToHttpAsync(answer, context.CancellationToken);
    }
}
