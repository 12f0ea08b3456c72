using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Fnavdl.Core.FrontDoor;
using Fnavdl.Core.Reference;
using Fnavdl.Functions;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// The front door's Azure functions called directly on Azurite, as an officer of region 93 signed
/// in through Easy Auth (group "g-93"), next to region 84's data: the region comes from the
/// identity only, never from the form or the file name, and nothing of 84 is reachable.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FrontDoorOnAzuriteTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Token = "jeton-de-test";
    private static readonly Dictionary<string, string> Groups = new() { ["g-93"] = "93", ["g-84"] = "84", ["g-11"] = "11" };
    private PipelineOnAzurite _pipeline = null!;
    private string _report84 = null!;

    public async Task InitializeAsync()
    {
        _pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var record = await _pipeline.DeliverAsync(await _pipeline.UploadSampleAsync("84/2021/fnavdl-aura-2021.csv"));
        _report84 = record.IngestionId;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private FrontDoorApi Api(long maxUploadBytes = 1_000_000, bool platformAuthentication = true) => new(
        new FrontDoorService(_pipeline.Store, AdministrativeReference.Embedded, new IngestByTrigger(),
            new FrontDoorOptions { MaxUploadBytes = maxUploadBytes, SecureCookies = true }, TimeProvider.System),
        new EasyAuthCaller(Groups, platformAuthentication), NullLogger<FrontDoorApi>.Instance);

    private static string Principal(params string[] groups) => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        auth_typ = "aad",
        claims = groups.Select(g => new { typ = "groups", val = g }).Prepend(new { typ = "name", val = "agent@dreets.gouv.fr" }),
    })));

    private static FrontDoorHttpRequest Signed(string method, string path, string? group = "g-93") => new(method, path)
    {
        Principal = group is null ? null : Principal(group),
        CsrfCookie = Token,
        CsrfHeader = Token,
        Origin = "https://fnavdl.azurewebsites.net",
    };

    private async Task<List<string>> UploadsAsync()
    {
        var paths = new List<string>();
        await foreach (var file in _pipeline.Store.Uploads.ListAsync("")) paths.Add(file.Path);
        return paths;
    }

    private static async Task<(HttpStatusCode Status, string Body)> Answer(Task<HttpResponseData> call)
    {
        var response = (TestHttpResponse)await call;
        return (response.StatusCode, Encoding.UTF8.GetString(response.Bytes()));
    }

    [Fact]
    public async Task Without_a_signed_in_principal_every_route_but_the_page_answers_401_and_nothing_is_stored()
    {
        var before = await UploadsAsync();
        var api = Api();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Answer(api.Deposits(Signed("GET", "/api/depots", group: null), new TestFunctionContext()))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Answer(api.Deposits(Signed("POST", "/api/depots", group: null).WithFile("x.csv", "a;b"), new TestFunctionContext()))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Answer(api.Report(Signed("GET", $"/api/rapports/{_report84}", group: null), new TestFunctionContext()))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Answer(api.Page(Signed("GET", "/api/portail", group: null), new TestFunctionContext()))).Status);
        Assert.Equal(before, await UploadsAsync());
    }

    [Fact]
    public async Task A_principal_header_is_not_trusted_when_the_platform_authentication_is_off()
    {
        var answer = await Answer(Api(platformAuthentication: false).Deposits(Signed("GET", "/api/depots"), new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
    }

    [Fact]
    public async Task A_forged_region_field_and_a_traversing_file_name_still_land_under_the_callers_region_only()
    {
        var before = await UploadsAsync();
        var request = Signed("POST", "/api/depots").WithFile("../84/x.csv", File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "samples", "uploads", "93", "2021", "projets-paca-2021.csv")),
            ("code_region", "84"));

        var answer = await Answer(Api().Deposits(request, new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.Accepted, answer.Status);
        Assert.Contains("\"resultat\":\"en_cours\"", answer.Body);
        var added = (await UploadsAsync()).Except(before).ToList();
        Assert.Equal(["93/portail/x.csv"], added);
        Assert.DoesNotContain(await UploadsAsync(), p => p.StartsWith("84/", StringComparison.Ordinal) && !before.Contains(p));

        // The trigger ingests it: the follow-up then shows it accepted.
        await _pipeline.DeliverAsync(_pipeline.Store.Uploads.Container.GetBlobClient("93/portail/x.csv"));
        var list = await Answer(Api().Deposits(Signed("GET", "/api/depots"), new TestFunctionContext()));
        using var json = JsonDocument.Parse(list.Body);
        var deposit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("93/portail/x.csv", "accepte"), (deposit.GetProperty("chemin").GetString(), deposit.GetProperty("resultat").GetString()));
    }

    [Fact]
    public async Task A_LibreOffice_ODS_file_is_deposited_and_ingested_like_its_XLSX()
    {
        var ods = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "tests", "Fnavdl.Core.Tests", "Reading", "Ods", "bilan-idf-2021.ods"));

        var answer = await Answer(Api().Deposits(Signed("POST", "/api/depots", group: "g-11").WithFile("Bilan IDF 2021.ods", ods), new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.Accepted, answer.Status);
        await _pipeline.DeliverAsync(_pipeline.Store.Uploads.Container.GetBlobClient("11/portail/Bilan-IDF-2021.ods"));
        var list = await Answer(Api().Deposits(Signed("GET", "/api/depots", group: "g-11"), new TestFunctionContext()));
        using var json = JsonDocument.Parse(list.Body);
        var deposit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("11/portail/Bilan-IDF-2021.ods", "accepte"), (deposit.GetProperty("chemin").GetString(), deposit.GetProperty("resultat").GetString()));
    }

    [Fact]
    public async Task Region_93_can_neither_list_nor_read_region_84s_deposits_and_reports()
    {
        var api = Api();

        var list = await Answer(api.Deposits(Signed("GET", "/api/depots"), new TestFunctionContext()));
        var report93 = await Answer(api.Report(Signed("GET", $"/api/rapports/{_report84}"), new TestFunctionContext()));
        var report84 = await Answer(api.Report(Signed("GET", $"/api/rapports/{_report84}", group: "g-84"), new TestFunctionContext()));
        var list84 = await Answer(api.Deposits(Signed("GET", "/api/depots", group: "g-84"), new TestFunctionContext()));

        Assert.Equal((HttpStatusCode.OK, "[]"), list);
        Assert.Equal(HttpStatusCode.NotFound, report93.Status);
        Assert.DoesNotContain("aura", report93.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, report84.Status);
        Assert.Contains("Fichier accepté", report84.Body);
        Assert.Contains("84/2021/fnavdl-aura-2021.csv", list84.Body);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_over_size_upload_is_refused_with_413_and_nothing_is_stored(bool declaresLength)
    {
        var before = await UploadsAsync();
        var request = Signed("POST", "/api/depots").WithFile("gros.csv", new string('x', 5_000));
        if (!declaresLength) request.DropContentLength();

        var answer = await Answer(Api(maxUploadBytes: 1_000).Deposits(request, new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("dépasse la limite", answer.Body);
        Assert.Equal(before, await UploadsAsync());
    }

    [Fact]
    public async Task A_deposit_in_an_unread_format_is_refused_in_the_words_of_the_validation_report_and_nothing_is_stored()
    {
        var before = await UploadsAsync();
        var request = Signed("POST", "/api/depots").WithFile("bilan.pdf", "%PDF-1.7");

        var answer = await Answer(Api().Deposits(request, new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains($"Format de fichier non pris en charge (.pdf) : déposez un fichier {Fnavdl.Core.Reading.ReportReaders.FormatNames}.", answer.Body);
        Assert.Equal(before, await UploadsAsync());
    }

    [Theory]
    [InlineData("no token")]
    [InlineData("wrong token")]
    [InlineData("other origin")]
    [InlineData("cross-site fetch")]
    public async Task A_forged_cross_site_request_is_refused_and_nothing_is_stored(string forgery)
    {
        var before = await UploadsAsync();
        var request = Signed("POST", "/api/depots").WithFile("projets.csv", "Année;N° projet\n2021;P1\n");
        switch (forgery)
        {
            case "no token": request.CsrfHeader = null; break;
            case "wrong token": request.CsrfHeader = "autre-jeton"; break;
            case "other origin": request.Origin = "https://attaquant.example"; break;
            default: request.FetchSite = "cross-site"; break;
        }

        var answer = await Answer(Api().Deposits(request, new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Contains("Requête refusée", answer.Body);
        Assert.Equal(before, await UploadsAsync());
    }

    [Fact]
    public async Task Validation_answers_the_report_and_stores_nothing()
    {
        var before = await UploadsAsync();
        var request = Signed("POST", "/api/validation").WithFile("montant.csv", File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "samples", "invalid", "93", "montant-invalide.csv")));

        var answer = await Answer(Api().Validate(request, new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        using var json = JsonDocument.Parse(answer.Body);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("Montant accordé (€)", json.RootElement.GetProperty("errors")[0].GetProperty("column").GetString());
        Assert.Equal(before, await UploadsAsync());
    }

    /// <summary>A browser's request as the worker hands it over: headers, cookies, a multipart body.</summary>
    private sealed class FrontDoorHttpRequest(string method, string path) : HttpRequestData(new TestFunctionContext())
    {
        private byte[] _body = [];
        private string? _contentType;
        private bool _declaresLength = true;

        public string? Principal { get; set; }
        public string? CsrfCookie { get; set; }
        public string? CsrfHeader { get; set; }
        public string? Origin { get; set; }
        public string? FetchSite { get; set; } = "same-origin";

        public FrontDoorHttpRequest WithFile(string fileName, string content, params (string Name, string Value)[] fields) =>
            WithFile(fileName, Encoding.UTF8.GetBytes(content), fields);

        public FrontDoorHttpRequest WithFile(string fileName, byte[] content, params (string Name, string Value)[] fields)
        {
            const string boundary = "----fnavdl-test-boundary";
            var text = new StringBuilder();
            foreach (var (name, value) in fields)
                text.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
            text.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"{fileName}\"\r\nContent-Type: text/csv\r\n\r\n");
            _body = [.. Encoding.UTF8.GetBytes(text.ToString()), .. content, .. Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")];
            _contentType = $"multipart/form-data; boundary={boundary}";
            return this;
        }

        public void DropContentLength() => _declaresLength = false;

        public override Stream Body => new MemoryStream(_body);

        public override HttpHeadersCollection Headers
        {
            get
            {
                var headers = new HttpHeadersCollection { { "Host", "fnavdl.azurewebsites.net" } };
                if (Principal is not null) headers.Add(EasyAuthCaller.PrincipalHeader, Principal);
                if (CsrfHeader is not null) headers.Add(CsrfGuard.HeaderName, CsrfHeader);
                if (Origin is not null) headers.Add("Origin", Origin);
                if (FetchSite is not null) headers.Add("Sec-Fetch-Site", FetchSite);
                if (_contentType is not null) headers.Add("Content-Type", _contentType);
                if (_contentType is not null && _declaresLength) headers.Add("Content-Length", _body.Length.ToString(CultureInfo.InvariantCulture));
                return headers;
            }
        }

        public override IReadOnlyCollection<IHttpCookie> Cookies =>
            CsrfCookie is null ? [] : [new HttpCookie(CsrfGuard.CookieName, CsrfCookie)];

        public override Uri Url { get; } = new("https://fnavdl.azurewebsites.net" + path);
        public override IEnumerable<ClaimsIdentity> Identities { get; } = [];
        public override string Method { get; } = method;

        public override HttpResponseData CreateResponse() => new TestHttpResponse(FunctionContext);
    }
}
