using System.Diagnostics;
using System.Globalization;

namespace Fnavdl.Bench;

/// <summary>
/// Runs one side of a benchmark in a fresh child process (this same program with other arguments), so
/// each side's peak working set is its own: a side measured after another in one process would inherit
/// the other's heap and its JIT-compiled code.
/// </summary>
internal static class BenchChild
{
    private const string ResultPrefix = "##result ";

    /// <summary>
    /// The measurement of one side: wall time of the measured work, its CPU time (user + system: on a shared
    /// machine the steadier of the two), its peak working set, a count to compare.
    /// </summary>
    /// <param name="OutputBytes">What the side wrote, when it reports it (the Parquet of an ingestion), else 0.</param>
    internal sealed record Result(TimeSpan Elapsed, TimeSpan Cpu, long PeakWorkingSetBytes, long Count, long OutputBytes = 0)
    {
        public double PeakMegabytes => PeakWorkingSetBytes / 1e6;

        /// <summary>MB of output per million rows counted (the Parquet written per 1M rows of the file).</summary>
        public double OutputMegabytesPerMillionRows => Count == 0 ? 0 : OutputBytes / 1e6 * 1e6 / Count;
    }

    /// <summary>Called by the child at the end: hands the parent its numbers, peak read by the process itself.</summary>
    public static void Report(TimeSpan elapsed, TimeSpan cpu, long count, long outputBytes = 0)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Report(elapsed, cpu, count, self.PeakWorkingSet64, outputBytes);
    }

    /// <summary>Called by a child that measured another process (<c>CliIngestion</c>): hands the parent that process's peak.</summary>
    public static void Report(TimeSpan elapsed, TimeSpan cpu, long count, long peakBytes, long outputBytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ResultPrefix}{elapsed.Ticks} {cpu.Ticks} {peakBytes} {count} {outputBytes}"));

    /// <summary>This process's CPU time so far (user + system).</summary>
    public static TimeSpan OwnCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>Starts this program with <paramref name="args"/>, echoes its output, and returns what it reported.</summary>
    public static Result Run(params string[] args)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath!;
        start.FileName = host;
        // Under `dotnet x.dll` the host is dotnet itself: pass it the program again.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(BenchChild).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        Result? result = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                var parts = line[ResultPrefix.Length..].Split(' ');
                result = new Result(TimeSpan.FromTicks(long.Parse(parts[0], CultureInfo.InvariantCulture)),
                    TimeSpan.FromTicks(long.Parse(parts[1], CultureInfo.InvariantCulture)),
                    long.Parse(parts[2], CultureInfo.InvariantCulture), long.Parse(parts[3], CultureInfo.InvariantCulture),
                    parts.Length > 4 ? long.Parse(parts[4], CultureInfo.InvariantCulture) : 0);
            }
            else Console.WriteLine("  " + line);
        }
        child.WaitForExit();
        if (child.ExitCode != 0 || result is null)
            throw new InvalidOperationException($"child `{string.Join(' ', args)}` failed with exit code {child.ExitCode}");
        return result;
    }
}
