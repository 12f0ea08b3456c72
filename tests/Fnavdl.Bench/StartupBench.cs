using System.Diagnostics;

namespace Fnavdl.Bench;

/// <summary>
/// Start-up: the time from starting a fresh `fnavdl` process to its exit after ingesting one file,
/// the bundled 67-row PACA projets sample, into an empty store — what a region's first file costs a cold
/// CLI (runtime start, JIT, reference data, first Parquet write). Median and best of several runs
/// (<see cref="ColdRuns"/>).
/// </summary>
internal static class StartupBench
{
    public static int Run(string cli, int runs)
    {
        var sample = Path.Combine(RepoRoot(), "samples", "uploads", "93", "2021", "projets-paca-2021.csv");
        var measured = new List<ColdRuns.Run>();
        for (var i = 0; i < runs; i++)
        {
            var store = Path.Combine(Path.GetTempPath(), $"fnavdl-startup-{Environment.ProcessId}-{i}");
            try
            {
                var start = new ProcessStartInfo();
                if (cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    start.FileName = "dotnet";
                    start.ArgumentList.Add(cli);
                }
                else start.FileName = cli;
                foreach (var arg in new[] { "ingest", sample, "--region", "93", "--store", store }) start.ArgumentList.Add(arg);
                var run = ColdRuns.Once(start);
                measured.Add(run);
                Console.WriteLine($"run {i + 1}: {run.Wall.TotalMilliseconds:F0} ms wall, {run.Cpu.TotalMilliseconds:F0} ms CPU");
            }
            finally
            {
                if (Directory.Exists(store)) Directory.Delete(store, recursive: true);
            }
        }
        Console.WriteLine($"Start-up to the end of the first 67-row file ({cli}): {ColdRuns.Summary(measured)}");
        return 0;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Pipeline.sln not found above the benchmark: run it from the repository.");
    }
}
