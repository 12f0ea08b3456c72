using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>
/// The real <c>fnavdl serve</c> process (the CLI built beside these tests, or the one <c>FNAVDL_SERVE_UNDER_TEST</c>
/// names, to run the same checks against another build) on a free loopback port over a fresh store, with the
/// environment given; killed and removed afterwards.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly string _root;

    private ServeProcess(Process process, string root, Uri url)
    {
        Process = process;
        _root = root;
        Url = url;
    }

    public Process Process { get; }
    public Uri Url { get; }
    public int Port => Url.Port;

    public static async Task<ServeProcess> StartAsync(string? region = "93", params (string Name, string Value)[] environment)
    {
        var program = Environment.GetEnvironmentVariable("FNAVDL_SERVE_UNDER_TEST") is { Length: > 0 } other ? other : Path.Combine(AppContext.BaseDirectory, "fnavdl");
        var root = Directory.CreateTempSubdirectory("fnavdl-serve-process-").FullName;
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["serve", "--port", "0", "--store", Path.Combine(root, "store")]) start.ArgumentList.Add(argument);
        if (region is not null)
        {
            start.ArgumentList.Add("--region");
            start.ArgumentList.Add(region);
        }
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("Page de dépôt : ", StringComparison.Ordinal))
                return new ServeProcess(process, root, new Uri(line["Page de dépôt : ".Length..]));
        throw new InvalidOperationException($"fnavdl serve did not start: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>A browser-like client of this server: a cookie jar, and the anti-forgery token the session hands out.</summary>
    public async Task<(HttpClient Client, string Token)> SignedClientAsync()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = Url };
        using var session = JsonDocument.Parse(await client.GetStringAsync("/api/session"));
        // The session's token (its cookie twin is HttpOnly); a build that hands it only as a readable cookie is read there.
        var token = session.RootElement.TryGetProperty("jeton", out var jeton) ? jeton.GetString()!
            : cookies.GetCookies(Url)[IForgeryGuard.CookieName]!.Value;
        return (client, token);
    }

    /// <summary>Sends a POSIX signal (TERM, INT) to the process.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {Process.Id}")!;
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
        Process.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
