using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Fnavdl.Bench;
using Fnavdl.Cli.Serving;
using System.Net;
using System.Text.Json;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage.Local;
using Fnavdl.FrontDoor;
using Fnavdl.FrontDoor.Hosting;

// Front-door benchmark: the validation answer (POST /api/validation, multipart, report JSON) of
// `fnavdl serve` over real HTTP on 127.0.0.1, for a `projets` CSV of N rows (default 100),
// after W warm-up requests: p50 / p95 / max over R requests.
// Usage: dotnet run -c Release --project tests/Fnavdl.Bench.FrontDoor -- [rows=100] [requests=100] [warmup=20]
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var warmup = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;

var folder = Directory.CreateTempSubdirectory("fnavdl-bench-portail-").FullName;
try
{
    var file = Path.Combine(folder, "projets.csv");
    var size = ProjetsCsvGenerator.Write(file, rows);
    var content = await File.ReadAllBytesAsync(file);
    var settings = FnavdlSettings.Default;
    var pipeline = new PipelineServices(new LocalPipelineStore(Path.Combine(folder, "store")), AdministrativeReference.Embedded, settings.Ingestion, TimeProvider.System);
    await using var server = await LocalFrontDoor.StartAsync(pipeline, FrontDoorOptions.From(settings), port: 0, region: "93");
    // The session hands out the anti-forgery token (its cookie twin goes to the client's cookie jar); every POST echoes it.
    using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.Address };
    using var session = JsonDocument.Parse(await http.GetStringAsync("/api/session"));
    var token = session.RootElement.GetProperty("jeton").GetString()!;

    async Task<double> ValidateOnceAsync()
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, UploadedFile.FieldName, "projets.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validation") { Content = form };
        request.Headers.Add(IForgeryGuard.HeaderName, token);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode || !body.Contains("\"valid\": true", StringComparison.Ordinal))
            throw new InvalidOperationException($"unexpected answer {(int)response.StatusCode}: {body[..Math.Min(400, body.Length)]}");
        return elapsed;
    }

    for (var i = 0; i < warmup; i++) await ValidateOnceAsync();
    var times = new List<double>(requests);
    for (var i = 0; i < requests; i++) times.Add(await ValidateOnceAsync());
    times.Sort();
    double Percentile(double p) => times[Math.Clamp((int)Math.Ceiling(p * times.Count) - 1, 0, times.Count - 1)];
    Console.WriteLine($"POST /api/validation, {rows:N0} rows ({size / 1e3:N1} kB), {requests} requests after {warmup} warm-up: "
        + $"p50 {Percentile(0.50):N1} ms, p95 {Percentile(0.95):N1} ms, max {times[^1]:N1} ms");
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}
