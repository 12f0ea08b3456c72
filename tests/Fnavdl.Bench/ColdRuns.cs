using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Fnavdl.Bench;

/// <summary>
/// Times fresh processes from their start to their exit, in wall time and in CPU time (user + system of
/// the reaped child, from getrusage on Linux), which a machine shared with other work disturbs far less
/// than the wall clock. Shared by the start-up benchmarks of the CLI and of the Functions app.
/// </summary>
internal static partial class ColdRuns
{
    /// <summary>One fresh process: its wall and CPU time, and what it printed.</summary>
    internal sealed record Run(TimeSpan Wall, TimeSpan Cpu, string Output);

    /// <summary>Starts the process, waits for its exit; throws with its output if it failed (exit status 1 too, unless <paramref name="invalidIsFine"/>: `fnavdl validate` of an invalid file).</summary>
    public static Run Once(ProcessStartInfo start, bool invalidIsFine = false)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var cpuBefore = ChildrenCpu();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0 && !(invalidIsFine && process.ExitCode == 1))
            throw new InvalidOperationException($"{start.FileName} exited with {process.ExitCode}:\n{output.Result}{errors.Result}");
        return new Run(watch.Elapsed, ChildrenCpu() - cpuBefore, output.Result);
    }

    /// <summary>"median … ms, best … ms wall; CPU median … ms, best … ms; N runs".</summary>
    public static string Summary(IReadOnlyCollection<Run> runs)
    {
        var wall = runs.Select(r => r.Wall.TotalMilliseconds).Order().ToArray();
        var cpu = runs.Select(r => r.Cpu.TotalMilliseconds).Order().ToArray();
        return $"median {wall[wall.Length / 2]:F0} ms, best {wall[0]:F0} ms wall; "
            + $"CPU median {cpu[cpu.Length / 2]:F0} ms, best {cpu[0]:F0} ms; {runs.Count} runs";
    }

    /// <summary>User + system time of the calling thread so far: a step's own CPU, whatever else the machine runs.</summary>
    public static TimeSpan ThreadCpu() => Usage(1 /* RUSAGE_THREAD */);

    /// <summary>User + system time of every child reaped so far.</summary>
    public static TimeSpan ChildrenCpu() => Usage(-1 /* RUSAGE_CHILDREN */);

    /// <summary>
    /// The largest peak resident set among the children reaped so far, in bytes (Linux counts kilobytes; 0
    /// elsewhere): for a process that starts one child, that child's own peak.
    /// </summary>
    public static long ChildrenPeakResidentBytes() =>
        OperatingSystem.IsLinux() && GetRusage(-1 /* RUSAGE_CHILDREN */, out var usage) == 0 ? usage.MaxRss * 1024 : 0;

    /// <summary>Zero where getrusage is not Linux's.</summary>
    private static TimeSpan Usage(int who)
    {
        if (!OperatingSystem.IsLinux() || GetRusage(who, out var usage) != 0) return TimeSpan.Zero;
        return TimeSpan.FromMicroseconds(usage.UserSeconds * 1e6 + usage.UserMicros + usage.SystemSeconds * 1e6 + usage.SystemMicros);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out RUsage usage);

    /// <summary>Linux x64's struct rusage: two timevals, then fourteen longs (the first, ru_maxrss, in kilobytes).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicros, SystemSeconds, SystemMicros;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }
}
