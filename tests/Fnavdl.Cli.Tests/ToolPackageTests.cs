using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Cli.Tests;

/// <summary>
/// `fnavdl` as the .NET tool the README installs: packed from the project as it is (PackAsTool, its
/// RuntimeIdentifier: a tool for this platform that carries DuckDB's native library for it), installed
/// into a tool path of its own, it answers <c>--help</c>, runs the demo, and every next command the demo
/// prints works as printed from a shell.
/// </summary>
/// <remarks>
/// The heavy part of this test: one <c>dotnet pack</c> of the already-built CLI (about 15 s) and one tool
/// install. ReadyToRun is switched off for this pack only: it precompiles the same assemblies into the same
/// package layout and costs about a minute of CPU more; the README's <c>dotnet pack</c> keeps it.
/// </remarks>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly string _work = Directory.CreateTempSubdirectory("fnavdl-tool-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task The_packed_tool_installs_runs_the_demo_and_the_commands_it_prints_work_as_printed()
    {
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var packages = Path.Combine(_work, "nupkg");
        var tools = Path.Combine(_work, "outils");
        var project = Path.Combine(RepoPaths.Root, "functions", "Fnavdl.Cli", "Fnavdl.Cli.csproj");
        // A packages folder of its own: the install never takes an earlier pack of the same version from a cache.
        var nuget = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "nuget") };

        await Succeeds("dotnet", ["pack", project, "-c", configuration, "--no-build", "-o", packages, "-p:PublishReadyToRun=false"], nuget);
        var package = Assert.Single(Directory.GetFiles(packages, "fnavdl.*.nupkg"));
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains(entries, e => e.StartsWith("tools/net10.0/linux-x64/", StringComparison.Ordinal) && e.EndsWith("/libduckdb.so", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("/samples/uploads/44/projets-grand-est.csv", StringComparison.Ordinal));
        }
        await Succeeds("dotnet", ["tool", "install", "fnavdl", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources"], nuget);

        var path = new Dictionary<string, string> { ["PATH"] = tools + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };
        var help = await Succeeds("fnavdl", ["--help"], path);
        Assert.Contains("Utilisation :", help);
        var demo = await Succeeds("fnavdl", ["demo", "--store", "ma démo"], path);
        Assert.Contains(" 0 refusé(s)", demo);

        var next = demo[demo.IndexOf("Pour continuer", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Trim()).ToList();
        Assert.Equal(4, next.Count);
        foreach (var line in next)
        {
            Assert.StartsWith("fnavdl ", line);
            Assert.Contains("--store 'ma démo'", line);
            var output = await Succeeds("/bin/sh", ["-c", line], path);
            if (line.Contains(" query ", StringComparison.Ordinal)) Assert.Contains("44", output);
        }
        Assert.True(new FileInfo(Path.Combine(_work, "indicateurs-2021.csv")).Length > 0);
    }

    /// <summary>Runs a program in the test's folder; fails the test with what it printed unless it exits 0.</summary>
    private async Task<string> Succeeds(string program, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = _work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        if (program == "fnavdl") start.FileName = Path.Combine(environment["PATH"].Split(Path.PathSeparator)[0], program);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(cancel.Token);
        var (output, error) = (await stdout, await stderr);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} → {process.ExitCode}\n{output}\n{error}");
        return output;
    }
}
