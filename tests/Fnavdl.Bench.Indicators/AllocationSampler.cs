using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Fnavdl.Bench.Indicators;

/// <summary>
/// The runtime's allocation samples (GC AllocationTick, one event per ~100 KB allocated) summed by type:
/// a profile of what the engine allocates, in-process, for the probe mode.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName != "GCAllocationTick_V4" || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string : "?";
        var kind = e.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 && Convert.ToInt32(e.Payload[k], CultureInfo.InvariantCulture) == 1 ? " [LOH]" : "";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture) : 0;
        _bytes.AddOrUpdate(type + kind, amount, (_, v) => v + amount);
    }

    public void Print(int top)
    {
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
            Console.WriteLine($"  {bytes / 1e6,8:F0} MB  {type}");
    }
}
