using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// The repository's pinned Azurite (npm devDependency), in memory, on free loopback ports, until disposed.
/// The test fixture and the cold-start benchmark both start it this way.
/// </summary>
internal sealed class AzuriteEmulator : IAsyncDisposable
{
    // The emulator's published development account (not a secret).
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);

    private readonly StringBuilder _output = new();
    private readonly Process _process;
    private readonly string _workDir;

    private AzuriteEmulator(Process process, string workDir, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _workDir = workDir;
        (BlobPort, QueuePort, TablePort) = (blobPort, queuePort, tablePort);
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>Starts Azurite from <paramref name="repositoryRoot"/>'s node_modules (running `npm ci` first if absent) and waits until it answers.</summary>
    public static async Task<AzuriteEmulator> StartAsync(string repositoryRoot)
    {
        var azurite = Path.Combine(repositoryRoot, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(azurite))
            await RunNpmCiAsync(repositoryRoot);

        var ports = FreePorts(3);
        // In-memory Azurite writes nothing, but give it an empty folder so a stray file never lands in the repo.
        var workDir = Directory.CreateTempSubdirectory("fnavdl-azurite-").FullName;

        var start = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--loose", "--silent",
                     "--blobHost", "127.0.0.1", "--blobPort", $"{ports[0]}",
                     "--queueHost", "127.0.0.1", "--queuePort", $"{ports[1]}",
                     "--tableHost", "127.0.0.1", "--tablePort", $"{ports[2]}",
                 })
            start.ArgumentList.Add(arg);

        var emulator = new AzuriteEmulator(new Process { StartInfo = start }, workDir, ports[0], ports[1], ports[2]);
        emulator._process.OutputDataReceived += (_, e) => emulator.Append(e.Data);
        emulator._process.ErrorDataReceived += (_, e) => emulator.Append(e.Data);
        emulator._process.Start();
        emulator._process.BeginOutputReadLine();
        emulator._process.BeginErrorReadLine();
        try
        {
            await emulator.WaitUntilAnsweringAsync();
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
        return emulator;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
        _process.Dispose();
        try { Directory.Delete(_workDir, recursive: true); }
        catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        var pending = new List<int> { BlobPort, QueuePort, TablePort };
        while (pending.Count > 0)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before answering.\n{Output()}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException(
                    $"Azurite did not answer on port(s) {string.Join(", ", pending)} within {StartTimeout.TotalSeconds:0} s.\n{Output()}");
            foreach (var port in pending.ToArray())
            {
                try
                {
                    // Any HTTP answer (403 without credentials) means the service listens.
                    using var _ = await http.GetAsync($"http://127.0.0.1:{port}/{AccountName}");
                    pending.Remove(port);
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
            }
            if (pending.Count > 0)
                await Task.Delay(100);
        }
    }

    private static async Task RunNpmCiAsync(string root)
    {
        var npm = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
            npm.ArgumentList.Add(arg);
        using var process = Process.Start(npm) ?? throw new InvalidOperationException("Could not start npm.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(NpmTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'npm ci' in {root} did not finish within {NpmTimeout.TotalMinutes:0} min.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'npm ci' in {root} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
    }

    private static int[] FreePorts(int count)
    {
        // Hold all listeners until every port is chosen, so the three are distinct.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
                listener.Start();
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
                listener.Stop();
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private string Output()
    {
        lock (_output) return _output.Length == 0 ? "(Azurite printed nothing)" : _output.ToString();
    }
}
