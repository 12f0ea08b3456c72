using System.Net;
using System.Text;
using System.Text.Json;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Validation;
using Fnavdl.FrontDoor;
using Fnavdl.FrontDoor.Hosting;
using Fnavdl.Functions;
using Fnavdl.Tests.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// The front door's Azure functions called as the worker's ASP.NET Core integration calls them (an
/// <see cref="HttpRequest"/> in, an <see cref="IResult"/> out, executed as the host writes it) on Azurite, as an
/// officer of region 93 signed in through Easy Auth (group "g-93"), next to region 84's data: the region comes from
/// the identity only, never from the form or the file name, and nothing of 84 is reachable.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FrontDoorOnAzuriteTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Token = "jeton-de-test";
    private const string Site = "https://fnavdl.azurewebsites.net";
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

    private FrontDoorApi Api(long maxUploadBytes = 1_000_000, bool platformAuthentication = true) =>
        Api(FnavdlSettings.Default with { MaxUploadBytes = maxUploadBytes }, platformAuthentication);

    /// <summary>The handlers as <see cref="FunctionsServices"/> wires them, over this test's store.</summary>
    private FrontDoorApi Api(FnavdlSettings settings, bool platformAuthentication = true) => new(new FrontDoorHandlers(
        _pipeline.Store, AdministrativeReference.Embedded, new ReportValidator(AdministrativeReference.Embedded, settings.ReadLimits),
        new IngestByTrigger(), new EasyAuthCallers(Groups, platformAuthentication), new DoubleSubmitGuard(), FrontDoorOptions.From(settings),
        TimeProvider.System, NullLogger<FrontDoorHandlers>.Instance));

    private static string Principal(params string[] groups) => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        auth_typ = "aad",
        claims = groups.Select(g => new { typ = "groups", val = g }).Prepend(new { typ = "name", val = "agent@dreets.gouv.fr" }),
    })));

    /// <summary>A browser's request as the worker hands it over: the Easy Auth principal, the anti-forgery pair, its origin.</summary>
    private sealed record Call(string Method, string Path, string? Group = "g-93")
    {
        public string? CsrfHeader { get; init; } = Token;
        public string? Origin { get; init; } = Site;
        public string? FetchSite { get; init; } = "same-origin";

        public HttpContext Context()
        {
            var headers = new List<(string, string)> { ("Cookie", $"{IForgeryGuard.CookieName}={Token}") };
            if (Group is not null) headers.Add((EasyAuthCallers.PrincipalHeader, Principal(Group)));
            if (CsrfHeader is not null) headers.Add((IForgeryGuard.HeaderName, CsrfHeader));
            if (Origin is not null) headers.Add(("Origin", Origin));
            if (FetchSite is not null) headers.Add(("Sec-Fetch-Site", FetchSite));
            return HttpExchange.Request(Method, Site + Path, [.. headers]);
        }
    }

    private static Call Signed(string method, string path, string? group = "g-93") => new(method, path, group);

    private async Task<List<string>> UploadsAsync()
    {
        var paths = new List<string>();
        await foreach (var file in _pipeline.Store.Uploads.ListAsync("")) paths.Add(file.Path);
        return paths;
    }

    private static async Task<(HttpStatusCode Status, string Body)> Answer(HttpContext context, Task<IResult> call)
    {
        var answer = await context.AnswerAsync(call);
        return ((HttpStatusCode)answer.Status, answer.Text);
    }

    private static Task<(HttpStatusCode Status, string Body)> Deposits(FrontDoorApi api, HttpContext context) =>
        Answer(context, api.Deposits(context.Request, new TestFunctionContext()));

    private static Task<(HttpStatusCode Status, string Body)> Report(FrontDoorApi api, HttpContext context, string id) =>
        Answer(context, api.Report(context.Request, id, new TestFunctionContext()));

    private static byte[] Sample(params string[] path) => File.ReadAllBytes(Path.Combine([RepositoryRoot.Path, .. path]));

    [Fact]
    public async Task Without_a_signed_in_principal_every_route_but_the_page_answers_401_and_nothing_is_stored()
    {
        var before = await UploadsAsync();
        var api = Api();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Deposits(api, Signed("GET", "/api/depots", group: null).Context())).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Deposits(api, Signed("POST", "/api/depots", group: null).Context().WithFile("x.csv", "a;b"u8.ToArray()))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Report(api, Signed("GET", $"/api/rapports/{_report84}", group: null).Context(), _report84)).Status);
        var page = Signed("GET", "/api/portail", group: null).Context();
        Assert.Equal(200, (await page.AnswerAsync(api.Page(page.Request, asset: null))).Status);
        Assert.Equal(before, await UploadsAsync());
    }

    [Fact]
    public async Task A_principal_header_is_not_trusted_when_the_platform_authentication_is_off()
    {
        var answer = await Deposits(Api(platformAuthentication: false), Signed("GET", "/api/depots").Context());

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
    }

    [Fact]
    public async Task The_session_hands_the_page_its_anti_forgery_token_and_an_HttpOnly_Secure_SameSite_cookie_twin()
    {
        var context = new Call("GET", "/api/session").Context();
        context.Request.Headers.Remove("Cookie");

        var answer = await context.AnswerAsync(Api().Session(context.Request));

        Assert.Equal(200, answer.Status);
        var token = JsonDocument.Parse(answer.Body).RootElement.GetProperty("jeton").GetString();
        var cookie = answer.Headers.SetCookie.ToString();
        Assert.StartsWith($"{IForgeryGuard.CookieName}={token};", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forged_region_field_and_a_traversing_file_name_still_land_under_the_callers_region_only()
    {
        var before = await UploadsAsync();
        var request = Signed("POST", "/api/depots").Context()
            .WithFile("../84/x.csv", Sample("samples", "uploads", "93", "2021", "projets-paca-2021.csv"), fields: ("code_region", "84"));

        var answer = await Deposits(Api(), request);

        Assert.Equal(HttpStatusCode.Accepted, answer.Status);
        Assert.Contains("\"resultat\":\"en_cours\"", answer.Body);
        var added = (await UploadsAsync()).Except(before).ToList();
        Assert.Equal(["93/portail/x.csv"], added);
        Assert.DoesNotContain(await UploadsAsync(), p => p.StartsWith("84/", StringComparison.Ordinal) && !before.Contains(p));

        // The trigger ingests it: the follow-up then shows it accepted.
        await _pipeline.DeliverAsync(_pipeline.Store.Uploads.Container.GetBlobClient("93/portail/x.csv"));
        var list = await Deposits(Api(), Signed("GET", "/api/depots").Context());
        using var json = JsonDocument.Parse(list.Body);
        var deposit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("93/portail/x.csv", "accepte"), (deposit.GetProperty("chemin").GetString(), deposit.GetProperty("resultat").GetString()));
    }

    [Fact]
    public async Task A_LibreOffice_ODS_file_is_deposited_and_ingested_like_its_XLSX()
    {
        var ods = Sample("tests", "Fnavdl.Core.Tests", "Reading", "Ods", "bilan-idf-2021.ods");

        var answer = await Deposits(Api(), Signed("POST", "/api/depots", group: "g-11").Context().WithFile("Bilan IDF 2021.ods", ods));

        Assert.Equal(HttpStatusCode.Accepted, answer.Status);
        await _pipeline.DeliverAsync(_pipeline.Store.Uploads.Container.GetBlobClient("11/portail/Bilan-IDF-2021.ods"));
        var list = await Deposits(Api(), Signed("GET", "/api/depots", group: "g-11").Context());
        using var json = JsonDocument.Parse(list.Body);
        var deposit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("11/portail/Bilan-IDF-2021.ods", "accepte"), (deposit.GetProperty("chemin").GetString(), deposit.GetProperty("resultat").GetString()));
    }

    [Fact]
    public async Task Region_93_can_neither_list_nor_read_region_84s_deposits_and_reports()
    {
        var api = Api();

        var list = await Deposits(api, Signed("GET", "/api/depots").Context());
        var report93 = await Report(api, Signed("GET", $"/api/rapports/{_report84}").Context(), _report84);
        var report84 = await Report(api, Signed("GET", $"/api/rapports/{_report84}", group: "g-84").Context(), _report84);
        var list84 = await Deposits(api, Signed("GET", "/api/depots", group: "g-84").Context());

        Assert.Equal((HttpStatusCode.OK, "[]"), list);
        Assert.Equal(HttpStatusCode.NotFound, report93.Status);
        Assert.DoesNotContain("aura", report93.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, report84.Status);
        Assert.Contains("Fichier accepté", report84.Body);
        Assert.Contains("84/2021/fnavdl-aura-2021.csv", list84.Body);
    }

    /// <summary>Issue 17, point 9, on Azure: every answer of the API and every report says nosniff and no-store.</summary>
    [Fact]
    public async Task Every_api_answer_and_report_says_nosniff_and_no_store()
    {
        var api = Api();
        var calls = new List<(string What, HttpContext Context, Task<IResult> Answer)>();
        void Add(string what, HttpContext context, Func<HttpRequest, Task<IResult>> call) => calls.Add((what, context, call(context.Request)));
        Add("session", Signed("GET", "/api/session").Context(), r => Task.FromResult(api.Session(r)));
        Add("modele", Signed("GET", "/api/modele?type=projets").Context(), r => Task.FromResult(api.Template(r)));
        Add("liste", Signed("GET", "/api/depots").Context(), r => api.Deposits(r, new TestFunctionContext()));
        Add("rapport", Signed("GET", $"/api/rapports/{_report84}", group: "g-84").Context(), r => api.Report(r, _report84, new TestFunctionContext()));
        Add("rapport d'une autre région", Signed("GET", $"/api/rapports/{_report84}").Context(), r => api.Report(r, _report84, new TestFunctionContext()));
        Add("validation", Signed("POST", "/api/validation").Context().WithFile("m.csv", Sample("samples", "invalid", "93", "montant-invalide.csv")),
            r => api.Validate(r, new TestFunctionContext()));
        Add("sans connexion", Signed("GET", "/api/depots", group: null).Context(), r => api.Deposits(r, new TestFunctionContext()));

        foreach (var (what, context, call) in calls)
        {
            var answer = await context.AnswerAsync(call);
            Assert.True(answer.Headers.XContentTypeOptions == "nosniff", $"{what}: X-Content-Type-Options « {answer.Headers.XContentTypeOptions} »");
            Assert.True(answer.Headers.CacheControl == "no-store", $"{what}: Cache-Control « {answer.Headers.CacheControl} »");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_over_size_upload_is_refused_with_413_and_nothing_is_stored(bool declaresLength)
    {
        var before = await UploadsAsync();
        var request = Signed("POST", "/api/depots").Context().WithFile("gros.csv", Encoding.UTF8.GetBytes(new string('x', 5_000)), declaresLength);

        var answer = await Deposits(Api(maxUploadBytes: 1_000), request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("dépasse la limite", answer.Body);
        Assert.Equal(before, await UploadsAsync());
    }

    /// <summary>
    /// Issue 17, point 8, on Azure: 300 MB of form fields before the file (no length declared, as a chunked request)
    /// are refused with 413 once the upload limit and the multipart frame are read, not after 300 MB.
    /// </summary>
    [Fact]
    public async Task Three_hundred_megabytes_of_form_fields_are_refused_with_413_after_reading_little_more_than_the_limit()
    {
        const long limit = 1_000_000;
        var fields = new FormFieldsStream(300_000_000);
        var context = Signed("POST", "/api/validation").Context()
            .WithBody(fields, $"multipart/form-data; boundary={FormFieldsStream.Boundary}", length: null);

        var answer = await Answer(context, Api(maxUploadBytes: limit).Validate(context.Request, new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.True(fields.BytesRead < 2 * limit, $"read {fields.BytesRead} bytes of the body for a limit of {limit}");
    }

    /// <summary>Issue 17, point 12, on Azure: the page's check obeys <c>Fnavdl__MaxXlsxExpandedBytes</c>.</summary>
    [Fact]
    public async Task The_pages_check_obeys_the_XLSX_expansion_setting()
    {
        var xlsx = Sample("samples", "uploads", "11", "bilan-fnavdl-2021.xlsx");
        var settings = FnavdlSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection([new("Fnavdl:MaxXlsxExpandedBytes", "5000")]).Build());

        var strict = Signed("POST", "/api/validation", group: "g-11").Context().WithFile("bilan.xlsx", xlsx);
        var refused = await Answer(strict, Api(settings).Validate(strict.Request, new TestFunctionContext()));
        var usual = Signed("POST", "/api/validation", group: "g-11").Context().WithFile("bilan.xlsx", xlsx);
        var accepted = await Answer(usual, Api().Validate(usual.Request, new TestFunctionContext()));

        Assert.Contains(IssueCodes.XlsxTropVolumineux, refused.Body);
        Assert.DoesNotContain(IssueCodes.XlsxTropVolumineux, accepted.Body);
    }

    [Fact]
    public async Task A_deposit_in_an_unread_format_is_refused_in_the_words_of_the_validation_report_and_nothing_is_stored()
    {
        var before = await UploadsAsync();

        var answer = await Deposits(Api(), Signed("POST", "/api/depots").Context().WithFile("bilan.pdf", "%PDF-1.7"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains($"Format de fichier non pris en charge (.pdf) : déposez un fichier {Fnavdl.Core.Schema.FileFormats.Names}.", answer.Body);
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
        var call = forgery switch
        {
            "no token" => Signed("POST", "/api/depots") with { CsrfHeader = null },
            "wrong token" => Signed("POST", "/api/depots") with { CsrfHeader = "autre-jeton" },
            "other origin" => Signed("POST", "/api/depots") with { Origin = "https://attaquant.example" },
            _ => Signed("POST", "/api/depots") with { FetchSite = "cross-site" },
        };

        var answer = await Deposits(Api(), call.Context().WithFile("projets.csv", "Année;N° projet\n2021;P1\n"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Contains("Requête refusée", answer.Body);
        Assert.Equal(before, await UploadsAsync());
    }

    [Fact]
    public async Task Validation_answers_the_report_and_stores_nothing()
    {
        var before = await UploadsAsync();
        var request = Signed("POST", "/api/validation").Context().WithFile("montant.csv", Sample("samples", "invalid", "93", "montant-invalide.csv"));

        var answer = await Answer(request, Api().Validate(request.Request, new TestFunctionContext()));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        using var json = JsonDocument.Parse(answer.Body);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("Montant accordé (€)", json.RootElement.GetProperty("errors")[0].GetProperty("column").GetString());
        Assert.Equal(before, await UploadsAsync());
    }

    /// <summary>A multipart body of <c>size</c> bytes of text fields and no file, generated as it is read, counting what is read.</summary>
    private sealed class FormFieldsStream(long size) : Stream
    {
        public const string Boundary = "----fnavdl-champs";
        private static readonly byte[] Field = Encoding.ASCII.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"champ\"\r\n\r\n{new string('a', 8000)}\r\n");

        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, size - BytesRead);
            for (var i = 0; i < n; i++) buffer[offset + i] = Field[(int)((BytesRead + i) % Field.Length)];
            BytesRead += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => size;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
