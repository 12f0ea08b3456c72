using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Fnavdl.Bench;

/// <summary>
/// One side of the ingestion bench: the real `fnavdl ingest FILE --region 93` process, as a national team
/// runs it, from process start to exit (runtime start, validation, Parquet, commit, report, log; wall and CPU time), with the
/// upload limit lifted by <c>Fnavdl__MaxUploadBytes</c>. Run in a child of the bench (<c>--cli</c>), whose
/// only reaped child is the CLI: getrusage then gives the CLI's own peak resident set.
/// </summary>
internal static partial class CliIngestion
{
    /// <summary>Where the bench sets the upload limit: 1 TiB, far above any file it generates.</summary>
    private const long LiftedUploadLimit = 1L << 40;

    /// <summary>
    /// The CLI the bench project builds beside itself (a project reference), in the bench's own configuration;
    /// <c>FNAVDL_BENCH_CLI</c> names another one (a published ReadyToRun build, or another version's, to compare).
    /// </summary>
    public static string Program()
    {
        if (Environment.GetEnvironmentVariable("FNAVDL_BENCH_CLI") is { Length: > 0 } chosen) return chosen;
        var configuration = typeof(CliIngestion).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var folder = Path.Combine(StartupBench.RepoRoot(), "functions", "Fnavdl.Cli", "bin", configuration, "net10.0",
            System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
        var program = Path.Combine(folder, OperatingSystem.IsWindows() ? "fnavdl.exe" : "fnavdl");
        return File.Exists(program) ? program
            : throw new FileNotFoundException($"fnavdl not built in {folder}: run `dotnet build -c {configuration} functions/Fnavdl.Cli`.", program);
    }

    /// <summary>In the child: runs the CLI on <paramref name="file"/> into a fresh store, then reports its wall time, peak and rows.</summary>
    public static int Measure(string file)
    {
        var store = Path.Combine(Path.GetDirectoryName(file)!, "store-" + Path.GetExtension(file).TrimStart('.'));
        var start = new ProcessStartInfo(Program());
        foreach (var arg in new[] { "ingest", file, "--region", "93", "--store", store }) start.ArgumentList.Add(arg);
        start.Environment["Fnavdl__MaxUploadBytes"] = LiftedUploadLimit.ToString(CultureInfo.InvariantCulture);
        var run = ColdRuns.Once(start);
        Console.Write(run.Output);
        if (AcceptedRows().Match(run.Output) is not { Success: true } accepted)
        {
            Console.Error.WriteLine("fnavdl did not accept the file (see its output above).");
            return 1;
        }
        // What a reader of the lake downloads: every Parquet file of the curated area (one version per unit, the commit done).
        var parquet = Directory.EnumerateFiles(Path.Combine(store, "curated"), "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        BenchChild.Report(run.Wall, run.Cpu, long.Parse(accepted.Groups[1].Value, CultureInfo.InvariantCulture),
            ColdRuns.ChildrenPeakResidentBytes(), parquet);
        Directory.Delete(store, recursive: true);
        return 0;
    }

    [GeneratedRegex(@"accepté .*\(projets, (\d+) ligne\(s\)")]
    private static partial Regex AcceptedRows();
}
