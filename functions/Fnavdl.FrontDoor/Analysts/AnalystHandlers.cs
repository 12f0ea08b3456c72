using System.Globalization;
using Fnavdl.Core.Access;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Summary;
using Fnavdl.FrontDoor.Http;
using Microsoft.AspNetCore.Http;

namespace Fnavdl.FrontDoor.Analysts;

/// <summary>
/// The analysts' HTTP API (behind a function key on Azure): the indicators as JSON, CSV for a French Excel
/// (<c>Accept: text/csv</c>) or XLSX (<c>Accept: </c><see cref="IndicatorWorkbook.ContentType"/>), a region's recent
/// ingestions, and the yearly summary re-run. Parameter checks and formats are the core's
/// (<see cref="QueryParameters"/>, <see cref="IndicatorExport"/>); a refused parameter answers 400 <c>{"erreur": "…"}</c>.
/// </summary>
public sealed class AnalystHandlers(IndicatorsQueryService indicators, IngestionHistoryService history)
{
    public const string Indicators = "indicateurs";
    public const string Ingestions = "ingestions";
    public const string Summary = SummaryLayout.Area + "/{annee:int}";

    public async Task<Answer> IndicatorsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await indicators.QueryAsync(request.Query["annee"], request.Query["perimetre"], request.Query["code_region"], cancellationToken);
        if (outcome.Value is not { } rows) return Answer.Error(400, outcome.Error!);
        var accept = request.Headers.Accept.ToString();
        if (Wants(accept, IndicatorWorkbook.ContentType)) return Answer.Of(200, IndicatorWorkbook.ContentType, IndicatorWorkbook.Render(rows));
        return Wants(accept, "text/csv")
            ? Answer.Of(200, Answer.CsvType, IndicatorExport.ToCsv(rows))
            : Answer.Json(200, IndicatorExport.ToJson(rows, indented: false));
    }

    public async Task<Answer> IngestionsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await history.QueryAsync(request.Query["code_region"], cancellationToken: cancellationToken);
        return outcome.Value is { } records ? Answer.Json(200, history.ToJson(records)) : Answer.Error(400, outcome.Error!);
    }

    /// <summary>The year of a summary re-run, or the 400 that refuses it.</summary>
    public static Answer? SummaryYearProblem(int annee) => annee is < QueryParameters.MinAnnee or > QueryParameters.MaxAnnee
        ? Answer.Error(400, string.Create(CultureInfo.InvariantCulture,
            $"Année {annee} hors de la plage acceptée ({QueryParameters.MinAnnee}–{QueryParameters.MaxAnnee})."))
        : null;

    /// <summary>What a summary re-run answers: the year and the files written under <c>syntheses/</c>.</summary>
    public static Answer Published(int annee, PublishedSummary published)
    {
        ArgumentNullException.ThrowIfNull(published);
        return Answer.Json(200, JsonBody.Object(json =>
        {
            json.WriteNumber("annee", annee);
            json.WriteStartArray("fichiers");
            foreach (var path in published.Paths) json.WriteStringValue($"{SummaryLayout.Area}/{path}");
            json.WriteEndArray();
        }));
    }

    private static bool Wants(string accept, string mediaType) => accept.Contains(mediaType, StringComparison.OrdinalIgnoreCase);
}
