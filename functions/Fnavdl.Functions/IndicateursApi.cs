using Fnavdl.FrontDoor.Analysts;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>
/// <c>GET /api/indicateurs?annee=2021&amp;perimetre=region&amp;code_region=93</c> (function key): JSON, CSV with
/// <c>Accept: text/csv</c>, or an XLSX workbook with <c>Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>.
/// </summary>
public sealed class IndicateursApi(AnalystHandlers handlers, ILogger<IndicateursApi> logger)
{
    [Function("Indicateurs")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = AnalystHandlers.Indicators)] HttpRequest request, FunctionContext context)
    {
        using var aborted = FrontDoorApi.Aborted(request, context);
        var answer = await handlers.IndicatorsAsync(request, aborted.Token);
        logger.LogInformation("Indicators query {Query}: {Status} {ContentType}, {Bytes} bytes", request.QueryString.Value, answer.StatusCode, answer.ContentType, answer.Body.Length);
        return answer;
    }
}
