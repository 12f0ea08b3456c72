using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Fnavdl.Bench;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Tests.Support;
using Fnavdl.FrontDoor.Hosting;
using Fnavdl.Tests.Http;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>
/// Issue 17, cancellation that bites: a check whose client left stops inside the validator, and a request past the
/// front door's deadline ends with its French message.
/// </summary>
public sealed class RequestCancellationTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("fnavdl-cancellation-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task A_check_whose_client_left_is_stopped_inside_the_validator()
    {
        var file = Path.Combine(_work, "projets.csv");
        var size = ProjetsCsvGenerator.Write(file, 200_000);
        var logs = new RecordingLogs();
        await using var served = await ServedStore.StartAsync("93", FnavdlSettings.Default with { MaxUploadBytes = 1L << 30 }, logs);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = served.Server.Address };
        using var session = JsonDocument.Parse(await client.GetStringAsync("/api/session"));
        using var form = new MultipartFormDataContent();
        var part = new StreamContent(File.OpenRead(file));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, UploadedFile.FieldName, "projets.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validation") { Content = form };
        request.Headers.Add(IForgeryGuard.HeaderName, session.RootElement.GetProperty("jeton").GetString());

        // The client leaves once its file is sent and the check is under way.
        using var leave = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(request, leave.Token));
        var left = Stopwatch.StartNew();
        while (!logs.Lines.Any(l => l.Message.Contains("stopped: the client left", StringComparison.Ordinal)) && left.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(20);

        var stopped = Assert.Single(logs.Lines, l => l.Message.Contains("stopped: the client left", StringComparison.Ordinal));
        output.WriteLine($"{size / 1e6:0.0} MB check: « {stopped.Message} » {left.ElapsedMilliseconds} ms after the client left");
        // The file was read whole and named: the cancellation reached the check itself, not the upload.
        Assert.Contains("93/projets.csv", stopped.Message);
        Assert.True(left.Elapsed < TimeSpan.FromSeconds(2), $"still checking {left.Elapsed.TotalSeconds:0.0} s after the client left");
    }

    [Fact]
    public async Task A_request_past_the_front_doors_deadline_ends_with_its_French_message()
    {
        var logs = new RecordingLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var handlers = TestHandlers.Create(new LocalPipelineStore(_work), new LocalCallers("93", AdministrativeReference.Embedded), new DoubleSubmitGuard(),
            FnavdlSettings.Default with { RequestDeadline = TimeSpan.FromSeconds(45) }, logger: factory.CreateLogger<FrontDoorHandlers>(), clock: new ExpiredTimers());
        var context = HttpExchange.Request("POST", "http://127.0.0.1:5173/api/validation", ("Cookie", $"{IForgeryGuard.CookieName}=t"), (IForgeryGuard.HeaderName, "t"))
            .WithFile("projets.csv", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "uploads", "93", "2021", "projets-paca-2021.csv")));

        var answer = await context.AnswerAsync(handlers.ValidateAsync(context.Request, CancellationToken.None));

        // Past the deadline while the body was read: 408; while the file was checked: its report, refused for the deadline.
        Assert.True(answer.Status is StatusCodesOf.RequestTimeout or 200, $"status {answer.Status}");
        if (answer.Status == 200) Assert.Contains($"\"code\": \"{Core.Issues.IssueCodes.DelaiDepasse}\"", answer.Text);
        Assert.Contains("La vérification a été arrêtée au bout de 45 s (délai d'une requête, réglage Fnavdl__RequestDeadlineSeconds)", answer.Text);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("stopped at its deadline of 45 s", StringComparison.Ordinal));
    }

    private static class StatusCodesOf
    {
        public const int RequestTimeout = 408;
    }
}
