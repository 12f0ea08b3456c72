using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Fnavdl.Bench.Indicators;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage.Local;

// dotnet run -c Release --project tests/Fnavdl.Bench.Indicators [-- N [folder]]
// Generates N projects (default 10 000 000) over 10 years as curated Parquet, then times, on the same
// files, the C# engine (every indicator, every scope, gold files written) and DuckDB running
// queries/headline-indicators.sql (the headline indicators only), best of two runs each.
var total = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var root = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(Path.GetTempPath(), $"fnavdl-bench-indicators-{total}");
var store = new LocalPipelineStore(root);
const int FirstYear = 2016, Years = 10;

if (!Directory.Exists(store.Curated.Root))
{
    var generation = Stopwatch.StartNew();
    Console.WriteLine($"Generating {total:N0} projects over {Years} years in {store.Curated.Root} …");
    await LakeGenerator.GenerateAsync(store.Curated.Root, total, FirstYear, Years);
    await CurrentUnits.AdoptWrittenAsync(store.Curated, store.Units, DateTimeOffset.UtcNow);
    Console.WriteLine($"  generated in {generation.Elapsed.TotalSeconds:F1} s, {DirectorySize(store.Curated.Root) / 1e6:F0} MB of Parquet");
}
else
{
    Console.WriteLine($"Reusing {store.Curated.Root} ({DirectorySize(store.Curated.Root) / 1e6:F0} MB); delete it to regenerate.");
}

var engine = new IndicatorEngine();
if (Environment.GetEnvironmentVariable("FNAVDL_BENCH_PROBE") is not null)
{
    var w = Stopwatch.StartNew();
    var ys = await engine.YearsAsync(store);
    Console.WriteLine($"years {w.ElapsedMilliseconds} ms");
    foreach (var y in ys) { w.Restart(); await engine.ComputeAsync(store, y); Console.WriteLine($"{y}: {w.ElapsedMilliseconds} ms"); }
}
var engineRows = 0;
var engineTime = Best(() =>
{
    engineRows = engine.ComputeAndWriteAllAsync(store).GetAwaiter().GetResult().Sum(y => y.Value.Count);
});
Console.WriteLine($"Engine (C#, all {Indicateurs.All.Count} indicators, 3 scopes, gold written): {engineTime.TotalSeconds:F2} s, {engineRows:N0} rows, peak working set {Environment.WorkingSet / 1e6:F0} MB");

var script = $"SET VARIABLE lake = '{store.Curated.Root.Replace("'", "''")}';\n"
    + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "queries", "views.sql"));
var headline = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "queries", "headline-indicators.sql"));
var duckRows = 0;
var duckTime = Best(() =>
{
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = script + headline;
    using var reader = command.ExecuteReader();
    duckRows = 0;
    while (reader.Read()) duckRows++;
});
Console.WriteLine($"DuckDB (queries/headline-indicators.sql, 9 headline indicators): {duckTime.TotalSeconds:F2} s, {duckRows:N0} rows");
Console.WriteLine($"Ratio engine / DuckDB: {engineTime / duckTime:F2}");

static TimeSpan Best(Action run)
{
    var best = TimeSpan.MaxValue;
    for (var i = 0; i < 2; i++)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        run();
        if (watch.Elapsed < best) best = watch.Elapsed;
    }
    return best;
}

static long DirectorySize(string folder) =>
    Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
