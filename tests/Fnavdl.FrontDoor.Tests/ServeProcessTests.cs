using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Tests.Support;
using Xunit.Abstractions;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>
/// Issue 17, points 6, 7, 8, 9 and 12, on the real <c>fnavdl serve</c> process: the local server answers only its
/// own names, stops on SIGTERM and Ctrl+C, bounds every request body, says nosniff and no-store, and takes its limits
/// from the same settings (environment variables) as every other host.
/// </summary>
public sealed class ServeProcessTests(ITestOutputHelper output)
{
    private static readonly string ValidSample = Path.Combine(RepoPaths.Samples, "uploads", "93", "2021", "projets-paca-2021.csv");
    private static readonly string XlsxSample = Path.Combine(RepoPaths.Samples, "uploads", "11", "bilan-fnavdl-2021.xlsx");

    private static MultipartFormDataContent Form(byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, UploadedFile.FieldName, fileName);
        return form;
    }

    private static HttpRequestMessage Post(string path, string token, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add(IForgeryGuard.HeaderName, token);
        return request;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/session")]
    [InlineData("/api/depots")]
    public async Task A_DNS_rebinding_Host_gets_a_bare_400_without_a_cookie(string path)
    {
        await using var serve = await ServeProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = serve.Url };

        using var foreign = new HttpRequestMessage(HttpMethod.Get, path);
        foreign.Headers.Host = $"evil.example:{serve.Port}";
        using var refused = await client.SendAsync(foreign);
        using var own = new HttpRequestMessage(HttpMethod.Get, path);
        own.Headers.Host = $"localhost:{serve.Port}";
        using var served = await client.SendAsync(own);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie"));
        Assert.Empty(await refused.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_termination_signal_stops_the_server_within_five_seconds_with_exit_code_0_and_frees_its_port(string signal)
    {
        await using var serve = await ServeProcess.StartAsync();
        using (var client = new HttpClient { BaseAddress = serve.Url })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var sent = Stopwatch.StartNew();
        serve.Signal(signal);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await serve.Process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"fnavdl serve still running {sent.Elapsed.TotalSeconds:0.0} s after SIG{signal}");
        }

        output.WriteLine($"SIG{signal}: stopped after {sent.Elapsed.TotalMilliseconds:0} ms, exit code {serve.Process.ExitCode}");
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(5), $"stopped after {sent.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(0, serve.Process.ExitCode);
        var listener = new TcpListener(IPAddress.Loopback, serve.Port);
        listener.Start();
        listener.Stop();
    }

    [Fact]
    public async Task Every_api_answer_and_report_says_nosniff_and_no_store()
    {
        await using var serve = await ServeProcess.StartAsync();
        var (client, token) = await serve.SignedClientAsync();
        using (client)
        {
            using var deposit = await client.SendAsync(Post("/api/depots", token, Form(await File.ReadAllBytesAsync(ValidSample), "projets.csv")));
            var report = System.Text.Json.JsonDocument.Parse(await deposit.Content.ReadAsStringAsync()).RootElement.GetProperty("rapport").GetString()!;
            var answers = new List<(string What, HttpResponseMessage Answer)>
            {
                ("dépôt", deposit),
                ("session", await client.GetAsync("/api/session")),
                ("modèle", await client.GetAsync("/api/modele?type=projets")),
                ("dépôts", await client.GetAsync("/api/depots")),
                ("rapport", await client.GetAsync(report)),
                ("rapport inconnu", await client.GetAsync("/api/rapports/inconnu")),
                ("vérification", await client.SendAsync(Post("/api/validation", token, Form(await File.ReadAllBytesAsync(ValidSample), "projets.csv")))),
                ("jeton absent", await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/validation") { Content = Form([1], "x.csv") })),
            };
            foreach (var (what, answer) in answers)
            {
                Assert.True(answer.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", $"{what}: no nosniff");
                Assert.True(answer.Headers.CacheControl?.NoStore == true, $"{what}: Cache-Control « {answer.Headers.CacheControl} »");
                answer.Dispose();
            }
        }
    }

    [Fact]
    public async Task The_server_honours_the_upload_limit_of_the_environment()
    {
        await using var serve = await ServeProcess.StartAsync("93", ("Fnavdl__MaxUploadBytes", "1000"));
        var (client, token) = await serve.SignedClientAsync();
        using (client)
        {
            using var answer = await client.SendAsync(Post("/api/validation", token, Form(await File.ReadAllBytesAsync(ValidSample), "projets.csv")));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
            Assert.Contains("1000 octets", await answer.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_pages_check_honours_the_XLSX_expansion_limit_of_the_environment()
    {
        await using var serve = await ServeProcess.StartAsync("11", ("Fnavdl__MaxXlsxExpandedBytes", "5000"));
        var (client, token) = await serve.SignedClientAsync();
        using (client)
        {
            using var answer = await client.SendAsync(Post("/api/validation", token, Form(await File.ReadAllBytesAsync(XlsxSample), "bilan.xlsx")));

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains(IssueCodes.XlsxTropVolumineux, await answer.Content.ReadAsStringAsync());
        }
    }

    /// <summary>
    /// 300 MB of form fields and no file, streamed without a declared length: the server answers 413 and cuts the
    /// request once it has read the limit and the multipart frame; the client gets to send only what the sockets buffer.
    /// </summary>
    [Fact]
    public async Task Three_hundred_megabytes_of_form_fields_are_refused_with_413_after_little_more_than_the_limit()
    {
        const long limit = 4L * 1024 * 1024;
        await using var serve = await ServeProcess.StartAsync("93", ("Fnavdl__MaxUploadBytes", limit.ToString(CultureInfo.InvariantCulture)));
        var (client, token) = await serve.SignedClientAsync();
        using (client)
        {
            var fields = new FieldsContent(300_000_000);
            HttpStatusCode? status = null;
            try
            {
                using var answer = await client.SendAsync(Post("/api/validation", token, fields));
                status = answer.StatusCode;
            }
            catch (HttpRequestException)
            {
                // The server closed the connection while the client was still sending: the request was cut.
            }

            output.WriteLine($"300 MB of fields, limit {limit} bytes: {status?.ToString() ?? "connection cut"} after {fields.BytesSent} bytes sent");
            Assert.True(status is null or HttpStatusCode.RequestEntityTooLarge, $"answered {status}");
            Assert.True(fields.BytesSent < 4 * limit, $"sent {fields.BytesSent / 1e6:0.0} MB for a limit of {limit / 1e6:0.0} MB");
        }
    }

    /// <summary>A multipart body of text fields only, generated as it is sent (chunked), counting what the client sent.</summary>
    private sealed class FieldsContent : HttpContent
    {
        private const string Boundary = "----fnavdl-champs";
        private static readonly byte[] Field = Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"champ\"\r\n\r\n{new string('a', 65_000)}\r\n");
        private readonly long _size;

        public FieldsContent(long size)
        {
            _size = size;
            Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        }

        public long BytesSent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            while (BytesSent < _size)
            {
                await stream.WriteAsync(Field);
                BytesSent += Field.Length;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
