using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// One Azurite (the repository's pinned npm devDependency) per test run, in memory, on free
/// loopback ports. Tests isolate themselves by unique container and table names
/// (<see cref="UniqueName"/>), never by resetting the emulator.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // The emulator's published development account (not a secret).
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);

    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _workDir;

    public int BlobPort { get; private set; }
    public int QueuePort { get; private set; }
    public int TablePort { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    public BlobServiceClient BlobService => new(ConnectionString);
    public TableServiceClient TableService => new(ConnectionString);

    /// <summary>A fresh name valid for containers and tables alike: a letter, then letters and digits.</summary>
    public static string UniqueName(string stem = "t") => stem + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Path;
        var azurite = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(azurite))
            await RunNpmCiAsync(root);

        var ports = FreePorts(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
        // In-memory Azurite writes nothing, but give it an empty folder so a stray file never lands in the repo.
        _workDir = Directory.CreateTempSubdirectory("fnavdl-azurite-").FullName;

        var start = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = _workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--loose", "--silent",
                     "--blobHost", "127.0.0.1", "--blobPort", $"{BlobPort}",
                     "--queueHost", "127.0.0.1", "--queuePort", $"{QueuePort}",
                     "--tableHost", "127.0.0.1", "--tablePort", $"{TablePort}",
                 })
            start.ArgumentList.Add(arg);

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await WaitUntilAnsweringAsync();
    }

    public Task DisposeAsync()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Exited between the check and the kill.
            }
            process.Dispose();
        }
        if (_workDir is not null)
        {
            try { Directory.Delete(_workDir, recursive: true); }
            catch (IOException) { }
        }
        return Task.CompletedTask;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        var pending = new List<int> { BlobPort, QueuePort, TablePort };
        while (pending.Count > 0)
        {
            if (_process!.HasExited)
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

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
