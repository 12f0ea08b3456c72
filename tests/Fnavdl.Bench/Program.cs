using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Fnavdl.Bench;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

// Ingestion benchmark: generate a `projets` CSV in the shape regions send (Windows-1252, `;`, French
// amounts), then, each in its own child process that reads its own peak working set:
//   - the ingestion service (validate + normalise + Parquet, in-process, the upload limit lifted);
//   - DuckDB's bare COPY (FROM read_csv(...)) TO '….parquet' of the same rows (validates nothing);
// and print both wall times, the ratio and both peaks.
// Usage: dotnet run -c Release --project tests/Fnavdl.Bench -- [rows=1000000] [rows per row group]
//        dotnet run -c Release --project tests/Fnavdl.Bench -- startup PATH/TO/fnavdl [runs=5]
if (args is ["--service", var csvForService, var groupSize]) return await IngestAsync(csvForService, int.Parse(groupSize, CultureInfo.InvariantCulture));
if (args is ["--duckdb", var csvForDuck]) return CopyWithDuckDb(csvForDuck);
if (args is ["startup", var cli, .. var rest]) return StartupBench.Run(cli, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5);

var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var rowGroupSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : IngestionOptions.Default.RowGroupSize;
var folder = Path.Combine(Path.GetTempPath(), $"fnavdl-bench-{Environment.ProcessId}");
Directory.CreateDirectory(folder);
try
{
    var csv = Path.Combine(folder, "projets.csv");
    var generation = Stopwatch.StartNew();
    var bytes = ProjetsCsvGenerator.Write(csv, rows);
    Console.WriteLine($"generated {rows:N0} rows, {bytes / 1e6:N1} MB (cp1252, ';') in {generation.Elapsed.TotalSeconds:N1} s");

    var service = BenchChild.Run("--service", csv, rowGroupSize.ToString(CultureInfo.InvariantCulture));
    Console.WriteLine($"Ingestion service (validate + normalise + Parquet): {service.Elapsed.TotalSeconds:N2} s, {service.Count:N0} rows, peak working set {service.PeakMegabytes:F0} MB");
    // DuckDB reads UTF-8 natively; its latin-1 refuses the euro sign (0x80) and Windows-1252 needs an extension
    // it would download: it gets the same rows transcoded to UTF-8 beforehand, untimed — its fastest path.
    var utf8 = Path.Combine(folder, "projets-utf8.csv");
    File.WriteAllText(utf8, File.ReadAllText(csv, System.Text.Encoding.GetEncoding(1252)), new System.Text.UTF8Encoding(false));
    var duck = BenchChild.Run("--duckdb", utf8);
    Console.WriteLine($"DuckDB bare COPY (read_csv → Parquet, no validation): {duck.Elapsed.TotalSeconds:N2} s, {duck.Count:N0} rows, peak working set {duck.PeakMegabytes:F0} MB");
    Console.WriteLine($"Ratio ingestion / DuckDB: {service.Elapsed / duck.Elapsed:F2}");
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static async Task<int> IngestAsync(string csv, int rowGroupSize)
{
    var store = new LocalPipelineStore(Path.Combine(Path.GetDirectoryName(csv)!, "store"));
    var upload = Path.Combine(store.Uploads.Root, "93", "bench", "projets.csv");
    Directory.CreateDirectory(Path.GetDirectoryName(upload)!);
    File.Copy(csv, upload, overwrite: true);

    // Regions' real files are far smaller: the upload limit is lifted for the benchmark only.
    var options = new IngestionOptions { Limits = new ReadLimits { MaxUploadBytes = long.MaxValue }, RowGroupSize = rowGroupSize };
    var service = new PipelineServices(store, options: options).Ingestion;
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
    BenchChild.Report(ingestion.Elapsed, record.Rows);
    return 0;
}

static int CopyWithDuckDb(string csv)
{
    var target = Path.Combine(Path.GetDirectoryName(csv)!, "duckdb.parquet");
    var watch = Stopwatch.StartNew();
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = $"COPY (FROM read_csv('{csv.Replace("'", "''")}', delim = ';', header = true)) "
        + $"TO '{target.Replace("'", "''")}' (FORMAT parquet, COMPRESSION snappy)";
    var copied = command.ExecuteNonQuery();
    watch.Stop();
    BenchChild.Report(watch.Elapsed, copied);
    return 0;
}
