using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Fnavdl.Bench;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Reference;

// Ingestion benchmark: generate a `projets` CSV in the shape regions send (Windows-1252, `;`, French
// amounts), then, each in its own child process whose peak is its own:
//   - `fnavdl ingest` of the file, the real CLI process from start to exit (the upload limit lifted);
//   - DuckDB's bare COPY (FROM read_csv(...)) TO '….parquet' of the same rows (validates nothing);
// and print both wall times, both peaks and the ratio.
// Usage: dotnet run -c Release --project tests/Fnavdl.Bench -- [rows=1000000 [rounds=3]]
//        dotnet run -c Release --project tests/Fnavdl.Bench -- inprocess [rows=1000000] [rows per row group]
//        dotnet run -c Release --project tests/Fnavdl.Bench -- readers [rows=200000]
//        dotnet run -c Release --project tests/Fnavdl.Bench -- phases [rows=1000000 [staging rounds=2]]
//        dotnet run -c Release --project tests/Fnavdl.Bench -- startup PATH/TO/fnavdl [runs=5]
//        dotnet run -c Release --project tests/Fnavdl.Bench -- worst [MiB=1 [case…]]
if (args is ["--service", var csvForService, var groupSize]) return await IngestAsync(csvForService, int.Parse(groupSize, CultureInfo.InvariantCulture));
if (args is ["--cli", var fileForCli]) return CliIngestion.Measure(fileForCli);
if (args is ["--duckdb", var csvForDuck]) return CopyWithDuckDb(csvForDuck);
if (args is ["--worst-cli", var worstFile]) return WorstCaseBench.Measure(worstFile);
if (args is ["worst", .. var worstArgs]) return InFolder(folder => WorstCaseBench.Run(folder, worstArgs));
if (args is ["startup", var cli, .. var rest]) return StartupBench.Run(cli, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5);
if (args is ["phases", .. var phaseArgs])
    return InFolder(folder =>
    {
        var csv = Path.Combine(folder, "projets.csv");
        ProjetsCsvGenerator.Write(csv, phaseArgs.Length > 0 ? Count(phaseArgs[0]) : 1_000_000);
        return PhaseBench.Run(csv, phaseArgs.Length > 1 ? Count(phaseArgs[1]) : 2);
    });
if (args is ["readers", .. var readerArgs]) return InFolder(folder => Readers(folder, readerArgs.Length > 0 ? Count(readerArgs[0]) : 200_000));
var inProcess = args is ["inprocess", ..];
var sizes = inProcess ? args[1..] : args;
var rows = sizes.Length > 0 ? Count(sizes[0]) : 1_000_000;
var rowGroupSize = inProcess && sizes.Length > 1 ? Count(sizes[1]) : IngestionOptions.Default.RowGroupSize;
var rounds = !inProcess && sizes.Length > 1 ? Count(sizes[1]) : inProcess ? 1 : 3;
return InFolder(folder =>
{
    var csv = Path.Combine(folder, "projets.csv");
    var generation = Stopwatch.StartNew();
    var bytes = ProjetsCsvGenerator.Write(csv, rows);
    Console.WriteLine($"generated {rows:N0} rows, {bytes / 1e6:N1} MB (cp1252, ';') in {generation.Elapsed.TotalSeconds:N1} s; load average {LoadAverage()}");
    // DuckDB reads UTF-8 natively; its latin-1 refuses the euro sign (0x80) and Windows-1252 needs an extension
    // it would download: it gets the same rows transcoded to UTF-8 beforehand, untimed — its fastest path.
    var utf8 = Path.Combine(folder, "projets-utf8.csv");
    File.WriteAllText(utf8, File.ReadAllText(csv, System.Text.Encoding.GetEncoding(1252)), new System.Text.UTF8Encoding(false));

    // The sides alternate, round after round, so a change of the machine's load falls on both.
    var ours = new List<BenchChild.Result>();
    var theirs = new List<BenchChild.Result>();
    for (var round = 1; round <= rounds; round++)
    {
        var ingestion = inProcess
            ? BenchChild.Run("--service", csv, rowGroupSize.ToString(CultureInfo.InvariantCulture))
            : BenchChild.Run("--cli", csv);
        ours.Add(ingestion);
        Console.WriteLine(inProcess
            ? $"[{round}] Ingestion service in-process (validate + normalise + Parquet): {Describe(ingestion, "peak working set")}"
            : $"[{round}] fnavdl ingest (CLI process, start to exit: validate + normalise + Parquet + commit): {Describe(ingestion, "peak RSS")}");
        var duck = BenchChild.Run("--duckdb", utf8);
        theirs.Add(duck);
        Console.WriteLine($"[{round}] DuckDB bare COPY (read_csv → Parquet, no validation): {Describe(duck, "peak working set")}");
        Console.WriteLine($"[{round}] Ratio ingestion / DuckDB: {ingestion.Elapsed / duck.Elapsed:F2} (CPU time: {ingestion.Cpu / duck.Cpu:F2}); load average {LoadAverage()}");
    }
    var ourWall = Median(ours.Select(r => r.Elapsed.TotalSeconds));
    var theirWall = Median(theirs.Select(r => r.Elapsed.TotalSeconds));
    var ourCpu = Median(ours.Select(r => r.Cpu.TotalSeconds));
    var theirCpu = Median(theirs.Select(r => r.Cpu.TotalSeconds));
    Console.WriteLine($"Medians of {rounds} round(s): fnavdl {ourWall:N2} s (CPU {ourCpu:N2} s), peak {ours.Max(r => r.PeakMegabytes):F0} MB, "
        + $"Parquet {ours[0].OutputMegabytesPerMillionRows:N1} MB per 1M rows; DuckDB {theirWall:N2} s (CPU {theirCpu:N2} s), "
        + $"peak {theirs.Max(r => r.PeakMegabytes):F0} MB, Parquet {theirs[0].OutputMegabytesPerMillionRows:N1} MB per 1M rows");
    Console.WriteLine($"Ratio ingestion / DuckDB: {ourWall / theirWall:F2} (CPU time: {ourCpu / theirCpu:F2}; per round: "
        + string.Join(", ", ours.Zip(theirs, (o, t) => (o.Elapsed / t.Elapsed).ToString("F2", CultureInfo.InvariantCulture))) + ")");
    Console.WriteLine($"load average at the end {LoadAverage()}");
    return 0;
});

static string Describe(BenchChild.Result r, string peak) =>
    $"{r.Elapsed.TotalSeconds:N2} s (CPU {r.Cpu.TotalSeconds:N2} s), {r.Count:N0} rows, {peak} {r.PeakMegabytes:F0} MB, Parquet {r.OutputBytes / 1e6:N1} MB";

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

// The workbook readers: the same rows as an XLSX (shared strings) and an ODS, at half the rows and at
// all of them, each through the CLI: memory must not grow with the sheet.
static int Readers(string folder, int rows)
{
    Console.WriteLine($"load average {LoadAverage()}");
    foreach (var (format, write) in new (string, Func<string, int, long>)[] { ("xlsx", ProjetsWorkbookGenerator.WriteXlsx), ("ods", ProjetsWorkbookGenerator.WriteOds) })
    {
        foreach (var count in new[] { rows / 2, rows })
        {
            var file = Path.Combine(folder, $"projets-{count}.{format}");
            var bytes = write(file, count);
            var result = BenchChild.Run("--cli", file);
            Console.WriteLine($"fnavdl ingest {format.ToUpperInvariant()} {count:N0} rows ({bytes / 1e6:N1} MB): {result.Elapsed.TotalSeconds:N2} s (CPU {result.Cpu.TotalSeconds:N2} s), {result.Count:N0} rows, peak RSS {result.PeakMegabytes:F0} MB");
            File.Delete(file);
        }
    }
    Console.WriteLine($"load average at the end {LoadAverage()}");
    return 0;
}

static int InFolder(Func<string, int> run)
{
    var folder = Path.Combine(Path.GetTempPath(), $"fnavdl-bench-{Environment.ProcessId}");
    Directory.CreateDirectory(folder);
    try
    {
        return run(folder);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

static int Count(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static async Task<int> IngestAsync(string csv, int rowGroupSize)
{
    var store = new LocalPipelineStore(Path.Combine(Path.GetDirectoryName(csv)!, "store"));
    var upload = Path.Combine(store.Uploads.Root, "93", "bench", "projets.csv");
    Directory.CreateDirectory(Path.GetDirectoryName(upload)!);
    File.Copy(csv, upload, overwrite: true);

    // Regions' real files are far smaller: the upload limit is lifted for the benchmark only.
    var options = new IngestionOptions { Limits = new ReadLimits { MaxUploadBytes = long.MaxValue }, RowGroupSize = rowGroupSize };
    var service = new PipelineServices(store, AdministrativeReference.Embedded, options, TimeProvider.System).Ingestion;
    var cpuBefore = BenchChild.OwnCpu();
    var ingestion = Stopwatch.StartNew();
    var record = await service.IngestAsync(new UploadRef("93/bench/projets.csv", DateTimeOffset.UnixEpoch));
    ingestion.Stop();
    if (record.Outcome != IngestionOutcome.Accepted)
    {
        Console.Error.WriteLine($"unexpected outcome {record.Outcome}, {record.Rows} rows, {record.Errors} errors");
        return 1;
    }
    var parquet = Directory.EnumerateFiles(store.Curated.Root, "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"validation+staging {record.ValidationMs / 1000:N2} s; {record.UnitsWritten.Count} units, row groups of {rowGroupSize:N0}, Parquet {parquet / 1e6:N1} MB");
    var gc = GC.GetGCMemoryInfo();
    Console.WriteLine($"GC committed {gc.TotalCommittedBytes / 1e6:N0} MB, heap {gc.HeapSizeBytes / 1e6:N0} MB, total allocated {GC.GetTotalAllocatedBytes() / 1e9:N1} GB, gen2 collections {GC.CollectionCount(2)}");
    BenchChild.Report(ingestion.Elapsed, BenchChild.OwnCpu() - cpuBefore, record.Rows, parquet);
    return 0;
}

static int CopyWithDuckDb(string csv)
{
    var target = Path.Combine(Path.GetDirectoryName(csv)!, "duckdb.parquet");
    var cpuBefore = BenchChild.OwnCpu();
    var watch = Stopwatch.StartNew();
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = $"COPY (FROM read_csv('{csv.Replace("'", "''")}', delim = ';', header = true)) "
        + $"TO '{target.Replace("'", "''")}' (FORMAT parquet, COMPRESSION snappy)";
    var copied = command.ExecuteNonQuery();
    watch.Stop();
    BenchChild.Report(watch.Elapsed, BenchChild.OwnCpu() - cpuBefore, copied, new FileInfo(target).Length);
    return 0;
}
