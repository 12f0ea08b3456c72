using System.Diagnostics;
using System.Runtime;
using Fnavdl.Azure;
using Fnavdl.Azure.Tests;
using Fnavdl.Core.Reference;
using Fnavdl.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Fnavdl.Bench.ColdStart;

/// <summary>
/// The child process: what a fresh worker does up to the end of its first blob. The host is built as
/// Program.cs builds it; where the Functions host would invoke the trigger over gRPC, the function class is
/// created from the host's services and called directly with the blob, as the binding would hand it.
/// </summary>
internal static class FirstBlob
{
    public const string Argument = "--first-blob";

    public static async Task<int> IngestAsync(string blobName)
    {
        var main = SinceProcessStart();
        // The app loads the embedded reference at its first resolve, once per process: loaded here first, to see its share.
        var watch = Stopwatch.StartNew();
        var cpu = ColdRuns.ThreadCpu();
        _ = AdministrativeReference.Embedded;
        var referenceCpu = ColdRuns.ThreadCpu() - cpu;
        var reference = watch.Elapsed;
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Services.AddFnavdlFunctions();
        using var host = builder.Build();
        var built = SinceProcessStart();

        var function = ActivatorUtilities.CreateInstance<IngestUpload>(host.Services);
        var blob = host.Services.GetRequiredService<AzurePipeline>().Store.Uploads.Container.GetBlobClient(blobName);
        await function.Run(blob, new TestFunctionContext());
        var done = SinceProcessStart();

        Console.WriteLine($"in the process: Main at {main.TotalMilliseconds:F0} ms, reference data loaded in {reference.TotalMilliseconds:F0} ms ({referenceCpu.TotalMilliseconds:F0} ms CPU), host built at {built.TotalMilliseconds:F0} ms, "
            + $"first blob ingested at {done.TotalMilliseconds:F0} ms; JIT {JitInfo.GetCompiledMethodCount()} methods, "
            + $"{JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
        return 0;
    }

    private static TimeSpan SinceProcessStart()
    {
        using var self = Process.GetCurrentProcess();
        return DateTime.Now - self.StartTime;
    }
}
