using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Fnavdl.Bench;
using Fnavdl.Bench.Indicators;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage.Local;

// dotnet run -c Release --project tests/Fnavdl.Bench.Indicators [-- N [folder]]
// Generates N projects (default 10 000 000) over 10 years as curated Parquet, then times, on the same
// files, the C# engine (every indicator, every scope, gold files written) and DuckDB running
// queries/headline-indicators.sql (the headline indicators only), best of two runs each. Each side runs
// in its own child process (this program again, with --engine or --duckdb), which reads its own peak
// working set at the end: neither side's memory is counted in the other's.
const int FirstYear = 2016, Years = 10;
if (args is ["--engine", var engineRoot]) return await RunEngineAsync(engineRoot);
if (args is ["--duckdb", var duckRoot]) return RunDuckDb(duckRoot);

var total = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var root = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(Path.GetTempPath(), $"fnavdl-bench-indicators-{total}");
var curated = new LocalPipelineStore(root).Curated.Root;
if (!Directory.Exists(curated))
{
    var generation = Stopwatch.StartNew();
    Console.WriteLine($"Generating {total:N0} projects over {Years} years in {curated} …");
    await LakeGenerator.GenerateAsync(curated, total, FirstYear, Years);
    var generated = new LocalPipelineStore(root);
    await CurrentUnits.AdoptWrittenAsync(generated.Curated, generated.Units, DateTimeOffset.UtcNow);
    Console.WriteLine($"  generated in {generation.Elapsed.TotalSeconds:F1} s, {DirectorySize(curated) / 1e6:F0} MB of Parquet");
}
else
{
    Console.WriteLine($"Reusing {curated} ({DirectorySize(curated) / 1e6:F0} MB); delete it to regenerate.");
}

var engine = BenchChild.Run("--engine", root);
Console.WriteLine($"Engine (C#, all {Indicateurs.All.Count} indicators, 3 scopes, gold written): {engine.Elapsed.TotalSeconds:F2} s (CPU {engine.Cpu.TotalSeconds:F2} s), "
    + $"{engine.Count:N0} rows, peak working set {engine.PeakMegabytes:F0} MB");
var duck = BenchChild.Run("--duckdb", root);
Console.WriteLine($"DuckDB (queries/headline-indicators.sql, 9 headline indicators): {duck.Elapsed.TotalSeconds:F2} s (CPU {duck.Cpu.TotalSeconds:F2} s), "
    + $"{duck.Count:N0} rows, peak working set {duck.PeakMegabytes:F0} MB");
Console.WriteLine($"Ratio engine / DuckDB: {engine.Elapsed / duck.Elapsed:F2} (CPU time: {engine.Cpu / duck.Cpu:F2})");
return 0;

static async Task<int> RunEngineAsync(string root)
{
    var store = new LocalPipelineStore(root);
    var engine = new IndicatorEngine(AdministrativeReference.Embedded);
    if (Environment.GetEnvironmentVariable("FNAVDL_BENCH_PROBE") is not null)
    {
        // Per year: time, bytes allocated, and the working set's peak so far; then what was allocated, by type.
        using var sampler = new AllocationSampler();
        var w = Stopwatch.StartNew();
        var ys = await engine.YearsAsync(store);
        Console.WriteLine($"years {w.ElapsedMilliseconds} ms");
        foreach (var y in ys)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            w.Restart();
            await engine.ComputeAsync(store, y);
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"{y}: {w.ElapsedMilliseconds} ms, {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:F0} MB allocated, "
                + $"peak working set {self.PeakWorkingSet64 / 1e6:F0} MB, GC heap {GC.GetTotalMemory(false) / 1e6:F0} MB, "
                + $"committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1e6:F0} MB, LOH {GC.GetGCMemoryInfo().GenerationInfo[3].SizeAfterBytes / 1e6:F0} MB, "
                + $"collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        }
        sampler.Print(25);
    }
    var rows = 0;
    var (time, cpu) = Best(() => rows = engine.ComputeAndWriteAllAsync(store).GetAwaiter().GetResult().Sum(y => y.Value.Count));
    BenchChild.Report(time, cpu, rows);
    return 0;
}

static int RunDuckDb(string root)
{
    var curated = new LocalPipelineStore(root).Curated.Root;
    var script = $"SET VARIABLE lake = '{curated.Replace("'", "''")}';\n"
        + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "queries", "views.sql"));
    var headline = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "queries", "headline-indicators.sql"));
    var rows = 0;
    var (time, cpu) = Best(() =>
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = script + headline;
        using var reader = command.ExecuteReader();
        rows = 0;
        while (reader.Read()) rows++;
    });
    BenchChild.Report(time, cpu, rows);
    return 0;
}

// The faster of two runs: its wall time and the CPU time (all threads) it took.
static (TimeSpan Wall, TimeSpan Cpu) Best(Action run)
{
    var best = (Wall: TimeSpan.MaxValue, Cpu: TimeSpan.Zero);
    for (var i = 0; i < 2; i++)
    {
        GC.Collect();
        var cpu = BenchChild.OwnCpu();
        var watch = Stopwatch.StartNew();
        run();
        if (watch.Elapsed < best.Wall) best = (watch.Elapsed, BenchChild.OwnCpu() - cpu);
    }
    return best;
}

static long DirectorySize(string folder) =>
    Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
