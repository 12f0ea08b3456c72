using System.Runtime.InteropServices;

namespace Fnavdl.Bench;

/// <summary>
/// What the children this process has reaped used, from Linux's getrusage(RUSAGE_CHILDREN): CPU time
/// (user + system), which a shared machine disturbs far less than the wall clock, and the largest
/// peak resident set among them — for a process that starts one child, that child's own peak.
/// </summary>
internal static partial class ChildrenUsage
{
    /// <summary>User + system time of every child reaped so far (zero where getrusage is not Linux's).</summary>
    public static TimeSpan Cpu()
    {
        if (!Read(out var usage)) return TimeSpan.Zero;
        return TimeSpan.FromMicroseconds(usage.UserSeconds * 1e6 + usage.UserMicros + usage.SystemSeconds * 1e6 + usage.SystemMicros);
    }

    /// <summary>The largest peak RSS of the children reaped so far, in bytes (Linux gives kilobytes); 0 elsewhere.</summary>
    public static long PeakResidentBytes() => Read(out var usage) ? usage.MaxRss * 1024 : 0;

    private static bool Read(out RUsage usage)
    {
        usage = default;
        return OperatingSystem.IsLinux() && GetRusage(-1 /* RUSAGE_CHILDREN */, out usage) == 0;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out RUsage usage);

    /// <summary>Linux x64's struct rusage: two timevals, then fourteen longs (the first is ru_maxrss).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicros, SystemSeconds, SystemMicros;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }
}
