using System.Diagnostics;

namespace Fnavdl.Bench;

/// <summary>
/// Start-up: the wall time from starting a fresh `fnavdl` process to its exit after ingesting one file,
/// the bundled 67-row PACA projets sample, into an empty store — what a region's first file costs a cold
/// CLI (runtime start, JIT, reference data, first Parquet write). Median and best of several runs, in
/// wall time and in CPU time (user + system, from getrusage of the reaped children on Linux), which a
/// machine shared with other work disturbs far less than the wall clock.
/// </summary>
internal static class StartupBench
{
    public static int Run(string cli, int runs)
    {
        var sample = Path.Combine(RepoRoot(), "samples", "uploads", "93", "2021", "projets-paca-2021.csv");
        var times = new List<TimeSpan>();
        var cpu = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var store = Path.Combine(Path.GetTempPath(), $"fnavdl-startup-{Environment.ProcessId}-{i}");
            try
            {
                var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                if (cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    start.FileName = "dotnet";
                    start.ArgumentList.Add(cli);
                }
                else start.FileName = cli;
                foreach (var arg in new[] { "ingest", sample, "--region", "93", "--store", store }) start.ArgumentList.Add(arg);
                var cpuBefore = ChildrenUsage.Cpu();
                var watch = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var errors = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                watch.Stop();
                if (process.ExitCode != 0)
                {
                    Console.Error.WriteLine($"fnavdl exited with {process.ExitCode}:\n{output.Result}{errors.Result}");
                    return 1;
                }
                times.Add(watch.Elapsed);
                var cpuTime = ChildrenUsage.Cpu() - cpuBefore;
                cpu.Add(cpuTime);
                Console.WriteLine($"run {i + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {cpuTime.TotalMilliseconds:F0} ms CPU");
            }
            finally
            {
                if (Directory.Exists(store)) Directory.Delete(store, recursive: true);
            }
        }
        times.Sort();
        cpu.Sort();
        Console.WriteLine($"Start-up to the end of the first 67-row file ({cli}): median {times[times.Count / 2].TotalMilliseconds:F0} ms, "
            + $"best {times[0].TotalMilliseconds:F0} ms wall; CPU median {cpu[cpu.Count / 2].TotalMilliseconds:F0} ms, best {cpu[0].TotalMilliseconds:F0} ms; {runs} runs");
        return 0;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Pipeline.sln not found above the benchmark: run it from the repository.");
    }
}
