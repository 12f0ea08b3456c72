using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Access;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Reference;
using Fnavdl.FrontDoor.Analysts;
using Fnavdl.Functions;
using Fnavdl.Tests.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fnavdl.Azure.Tests;

/// <summary>The HTTP functions called directly with a test request, over indicators computed on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnalystApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private IndicatorsOnAzurite _azure = null!;

    public async Task InitializeAsync()
    {
        _azure = await IndicatorsOnAzurite.CreateAsync(azurite);
        await _azure.IngestAsync(await _azure.Pipeline.UploadAsync("93/2021/projets.csv", ProjetsFiles.Valid("93", "AAP 93", 3, montant: 1234.5m)));
        await _azure.IngestAsync(await _azure.Pipeline.UploadAsync("11/2021/projets.csv", ProjetsFiles.Valid("11", "AAP IDF", 2)));
        await _azure.IngestAsync(await _azure.Pipeline.UploadAsync("11/2021/faux.csv", ProjetsFiles.Invalid("11", "AAP IDF 2")));
        await _azure.Recompute.HandleAsync(new RecomputeRequest(2021, 2));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static AnalystHandlers Handlers(IndicatorsOnAzurite azure) => new(
        new IndicatorsQueryService(azure.Storage.Index, AdministrativeReference.Embedded),
        new IngestionHistoryService(azure.Store, AdministrativeReference.Embedded));

    /// <summary>The function called as the worker calls it: an HttpRequest in, an IResult out, executed as the host writes it.</summary>
    private static async Task<Answered> IndicateursAsync(IndicatorsOnAzurite azure, string query, params (string, string)[] headers)
    {
        var context = HttpExchange.Request("GET", "http://localhost:7071/api/indicateurs" + query, headers);
        return await context.AnswerAsync(new IndicateursApi(Handlers(azure), NullLogger<IndicateursApi>.Instance).Run(context.Request, new TestFunctionContext()));
    }

    private Task<Answered> IndicateursAsync(string query, params (string, string)[] headers) => IndicateursAsync(_azure, query, headers);

    private async Task<Answered> IngestionsAsync(string query)
    {
        var context = HttpExchange.Request("GET", "http://localhost:7071/api/ingestions" + query);
        return await context.AnswerAsync(new IngestionsApi(Handlers(_azure), NullLogger<IngestionsApi>.Instance).Run(context.Request, new TestFunctionContext()));
    }

    [Fact]
    public async Task Indicators_come_as_a_json_array_with_the_spec_column_names()
    {
        var response = await IndicateursAsync("?annee=2021&perimetre=region&code_region=93");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        using var json = JsonDocument.Parse(response.Body);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(IndicatorExport.Columns, r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.Equal("93", r.GetProperty("code_region").GetString()));
        Assert.All(rows, r => Assert.Equal("region", r.GetProperty("perimetre").GetString()));
        var nbProjets = rows.Single(r => r.GetProperty("indicateur").GetString() == "nb_projets");
        Assert.Equal(3, nbProjets.GetProperty("valeur").GetDouble());
        Assert.Equal(2021, nbProjets.GetProperty("annee").GetInt32());
    }

    [Fact]
    public async Task Without_filters_every_scope_of_the_year_comes_back_in_the_gold_order()
    {
        var response = await IndicateursAsync("?annee=2021");

        using var json = JsonDocument.Parse(response.Body);
        var gold = await _azure.GoldAsync(2021);
        Assert.Equal(gold.Count, json.RootElement.GetArrayLength());
        Assert.Equal(gold.Select(r => r.Indicateur), json.RootElement.EnumerateArray().Select(r => r.GetProperty("indicateur").GetString()));
    }

    [Fact]
    public async Task Csv_for_a_French_Excel_has_a_bom_semicolons_decimal_commas_and_labels()
    {
        var response = await IndicateursAsync("?annee=2021&perimetre=region", ("Accept", "text/csv"));

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.ContentType);
        var bytes = response.Body;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', IndicatorSheet.Columns), lines[0]);
        Assert.All(lines, l => Assert.Equal(IndicatorSheet.Columns.Count, l.Split(';').Length));
        var total = lines.Single(l => l.Contains(";93;", StringComparison.Ordinal) && l.Contains(";montant_accorde_total;", StringComparison.Ordinal)).Split(';');
        // 3 projects of 1235.5, 1236.5 and 1237.5.
        Assert.Equal("3709,5", total[8]);
        Assert.Equal("Provence-Alpes-Côte d'Azur", total[3]);
        var theme = lines.First(l => l.Contains(";11;", StringComparison.Ordinal) && l.Contains(";part_projets_thematique;", StringComparison.Ordinal)).Split(';');
        Assert.Equal(["11", "Île-de-France"], theme[2..4]);
        Assert.Equal(["jeunes", "Jeunes vulnérables (logement et emploi)"], theme[6..8]);
    }

    [Fact]
    public async Task Free_text_typed_by_a_region_comes_out_inert_in_the_csv_and_the_workbook()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite);
        await azure.IngestAsync(await azure.Pipeline.UploadAsync("01/2021/projets.csv", ProjetsFiles.Valid("01", "+cmd|' /C calc'!A0", 2)));
        await azure.IngestAsync(await azure.Pipeline.UploadAsync("02/2021/projets.csv", ProjetsFiles.Valid("02", "@SUM(1)", 1)));
        await azure.Recompute.HandleAsync(new RecomputeRequest(2021, 2));

        var csv = await IndicateursAsync(azure, "?annee=2021&perimetre=appel", ("Accept", "text/csv"));
        var xlsx = await IndicateursAsync(azure, "?annee=2021&perimetre=appel&code_region=Guadeloupe",
            ("Accept", IndicatorWorkbook.ContentType));

        var appels = Encoding.UTF8.GetString(csv.Body[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(';')[4]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["'+cmd|' /C calc'!A0", "'@SUM(1)"], appels);
        Assert.Equal(200, xlsx.Status);
        Assert.Equal(IndicatorWorkbook.ContentType, xlsx.ContentType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx.Body), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, cells =>
        {
            Assert.Equal(CellValues.InlineString, cells[2].DataType!.Value);
            Assert.Equal("01", cells[2].InnerText);
            Assert.Equal("'+cmd|' /C calc'!A0", cells[4].InnerText);
            Assert.Equal(CellValues.Number, cells[8].DataType!.Value);
            Assert.All(cells, c => Assert.Null(c.CellFormula));
        });
    }

    [Theory]
    [InlineData("", "« annee » est obligatoire")]
    [InlineData("?annee=deux-mille", "« annee » est invalide")]
    [InlineData("?annee=21", "« annee » est invalide")]
    [InlineData("?annee=2021&perimetre=departement", "Périmètre inconnu : « departement »")]
    [InlineData("?annee=2021&code_region=99", "Région inconnue : « 99 »")]
    [InlineData("?annee=2021&code_region=Atlantide", "Région inconnue : « Atlantide »")]
    public async Task Bad_parameters_get_a_400_with_a_French_message(string query, string message)
    {
        var response = await IndicateursAsync(query);

        Assert.Equal(400, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Contains(message, json.RootElement.GetProperty("erreur").GetString());
    }

    [Fact]
    public async Task A_region_sees_its_ingestions_newest_first_with_outcome_and_report_links()
    {
        var response = await IngestionsAsync("?code_region=11");

        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["11/2021/faux.csv", "11/2021/projets.csv"], rows.Select(r => r.GetProperty("chemin").GetString()));
        Assert.Equal(["rejete", "accepte"], rows.Select(r => r.GetProperty("resultat").GetString()));
        var report = rows[0].GetProperty("rapport").GetString()!;
        Assert.StartsWith(_azure.Store.Reports.Container.Uri.ToString(), report);
        Assert.EndsWith(".rapport.json", report);
        Assert.EndsWith(".rapport.html", rows[0].GetProperty("rapport_html").GetString());
        Assert.True((await _azure.Store.Reports.Container.GetBlobClient(report[(_azure.Store.Reports.Container.Uri.ToString().Length + 1)..]).ExistsAsync()).Value);
        Assert.True(rows[0].GetProperty("traite_le").GetDateTimeOffset() >= rows[1].GetProperty("traite_le").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("", "« code_region » est obligatoire")]
    [InlineData("?code_region=2B", "Région inconnue : « 2B »")]
    public async Task Ingestions_need_a_known_region(string query, string message)
    {
        var response = await IngestionsAsync(query);

        Assert.Equal(400, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Contains(message, json.RootElement.GetProperty("erreur").GetString());
    }

    [Fact]
    public async Task The_history_keeps_the_latest_fifty()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite);
        var log = azure.Store.Log;
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 55; i++)
            await log.AppendAsync(new Core.Storage.IngestionRecord
            {
                IngestionId = $"id{i:D2}", CodeRegion = "93", SourcePath = $"93/f{i:D2}.csv", Sha256 = new string('a', 64), SizeBytes = 1,
                Outcome = Core.Storage.IngestionOutcome.Rejected, UploadedAt = start, ProcessedAt = start.AddMinutes(i),
            });

        var history = new IngestionHistoryService(azure.Store, AdministrativeReference.Embedded);
        var answer = history.ToJson((await history.QueryAsync("93")).Value!);

        using var json = JsonDocument.Parse(answer);
        var paths = json.RootElement.EnumerateArray().Select(r => r.GetProperty("chemin").GetString()).ToList();
        Assert.Equal(IngestionHistoryService.DefaultLimit, paths.Count);
        Assert.Equal("93/f54.csv", paths[0]);
        Assert.Equal("93/f05.csv", paths[^1]);
    }
}
