using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Fnavdl.Azure;
using Fnavdl.Azure.Tests;
using Fnavdl.Bench;
using Fnavdl.Bench.ColdStart;
using Fnavdl.Functions;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Ingestion;

// A Function's cold start, as near as this machine allows (Functions Core Tools cannot be installed): each run
// empties Azurite's account, puts the 67-row PACA sample in `uploads`, then starts a fresh process of this program that
// builds the Functions host's services the way functions/Fnavdl.Functions/Program.cs does and invokes the
// IngestUpload function on that blob. Timed from starting the process to its exit, wall and CPU.
// Usage: dotnet publish -c Release tests/Fnavdl.Bench.ColdStart, then run bin/Release/net10.0/<rid>/publish/Fnavdl.Bench.ColdStart
//        [runs=5] (ReadyToRun), or bin/Release/net10.0/<rid>/Fnavdl.Bench.ColdStart (JIT only). It finds the
//        repository (samples, Azurite) above its own folder: publish inside the checkout.
if (args is [FirstBlob.Argument, var blobName]) return await FirstBlob.IngestAsync(blobName);

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
const string uploadPath = "93/2021/projets-paca-2021.csv";
var sample = Path.Combine(RepositoryRoot.Path, "samples", "uploads", uploadPath);
var measured = new List<ColdRuns.Run>();
// One Azurite for all runs; each run starts from an empty account (the Functions use the default names).
await using var azurite = await AzuriteEmulator.StartAsync(RepositoryRoot.Path);
var blobs = new BlobServiceClient(azurite.ConnectionString);
var tables = new TableServiceClient(azurite.ConnectionString);
var queues = new QueueServiceClient(azurite.ConnectionString);
for (var i = 0; i < runs; i++)
{
    foreach (var container in blobs.GetBlobContainers()) await blobs.DeleteBlobContainerAsync(container.Name);
    foreach (var table in tables.Query()) await tables.DeleteTableAsync(table.Name);
    foreach (var queue in queues.GetQueues()) await queues.DeleteQueueAsync(queue.Name);
    var pipeline = new AzurePipeline(AzureStorageConnection.FromConnectionString(azurite.ConnectionString), StorageNames.Default, AdministrativeReference.Embedded, IngestionOptions.Default, TimeProvider.System);
    await pipeline.EnsureCreatedAsync();
    await pipeline.Store.Uploads.Container.GetBlobClient(uploadPath).UploadAsync(sample);

    var start = new ProcessStartInfo(Environment.ProcessPath!);
    // Under `dotnet x.dll` the host is dotnet itself: pass it the program again.
    if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(typeof(FirstBlob).Assembly.Location);
    start.ArgumentList.Add(FirstBlob.Argument);
    start.ArgumentList.Add(uploadPath);
    start.Environment[StorageSettings.ConnectionName] = azurite.ConnectionString;
    var run = ColdRuns.Once(start);

    // The run counts only if the file really went through: its Parquet is in the curated container.
    var curated = blobs.GetBlobContainerClient(StorageNames.Default.Curated);
    if (!curated.GetBlobs().Any(b => b.Name.EndsWith(".parquet", StringComparison.Ordinal)))
        throw new InvalidOperationException($"run {i + 1}: no Parquet in the curated container.\n{run.Output}");
    measured.Add(run);
    Console.WriteLine($"run {i + 1}: {run.Wall.TotalMilliseconds:F0} ms wall, {run.Cpu.TotalMilliseconds:F0} ms CPU; {run.Output.Trim()}");
}
Console.WriteLine($"Function cold start to the end of the first 67-row blob ({Environment.ProcessPath}): {ColdRuns.Summary(measured)}");
return 0;
