using System.Diagnostics;
using System.Globalization;
using System.Text;
using Fnavdl.Bench;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

// Ingestion benchmark: generate a `projets` CSV in the shape regions send (Windows-1252, `;`,
// French amounts), then validate + normalise + write Parquet through the real ingestion service.
// Usage: dotnet run -c Release --project tests/Fnavdl.Bench -- [rows=1000000] [rows per row group]
// Peak memory: /usr/bin/time -v dotnet tests/Fnavdl.Bench/bin/Release/net10.0/Fnavdl.Bench.dll 1000000
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var rowGroupSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : IngestionOptions.Default.RowGroupSize;
var folder = Path.Combine(Path.GetTempPath(), $"fnavdl-bench-{Environment.ProcessId}");
Directory.CreateDirectory(folder);
try
{
    var store = new LocalPipelineStore(Path.Combine(folder, "store"));
    var upload = Path.Combine(store.Uploads.Root, "93", "bench", "projets.csv");
    Directory.CreateDirectory(Path.GetDirectoryName(upload)!);

    var generation = Stopwatch.StartNew();
    var bytes = ProjetsCsvGenerator.Write(upload, rows);
    Console.WriteLine($"generated {rows:N0} rows, {bytes / 1e6:N1} MB (cp1252, ';') in {generation.Elapsed.TotalSeconds:N1} s");

    // Regions' real files are far smaller: the upload limit is lifted for the benchmark only.
    var options = new IngestionOptions { Limits = new ReadLimits { MaxUploadBytes = long.MaxValue }, RowGroupSize = rowGroupSize };
    var service = new PipelineServices(store, options: options).Ingestion;
    var ingestion = Stopwatch.StartNew();
    var record = await service.IngestAsync(new UploadRef("93/bench/projets.csv", DateTimeOffset.UnixEpoch));
    ingestion.Stop();

    if (record.Outcome != IngestionOutcome.Accepted || record.Rows != rows)
    {
        Console.Error.WriteLine($"unexpected outcome {record.Outcome}, {record.Rows} rows, {record.Errors} errors");
        return 1;
    }
    var parquet = Directory.EnumerateFiles(store.Curated.Root, "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"ingested {record.Rows:N0} rows in {ingestion.Elapsed.TotalSeconds:N2} s "
        + $"(validation+staging {record.ValidationMs / 1000:N2} s): {record.Rows / ingestion.Elapsed.TotalSeconds:N0} rows/s; "
        + $"{record.UnitsWritten.Count} units, row groups of {rowGroupSize:N0}, Parquet {parquet / 1e6:N1} MB");
    var gc = GC.GetGCMemoryInfo();
    Console.WriteLine($"GC committed {gc.TotalCommittedBytes / 1e6:N0} MB, heap {gc.HeapSizeBytes / 1e6:N0} MB, fragmented {gc.FragmentedBytes / 1e6:N0} MB, total allocated {GC.GetTotalAllocatedBytes() / 1e9:N1} GB");
    Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB, "
        + $"GC heap now {GC.GetTotalMemory(false) / 1e6:N0} MB, gen2 collections {GC.CollectionCount(2)}");
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}
