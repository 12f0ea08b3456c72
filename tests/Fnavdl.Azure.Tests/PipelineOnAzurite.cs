using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Storage;
using Fnavdl.Functions;
using Microsoft.Extensions.Logging.Abstractions;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Ingestion;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// A whole pipeline on Azurite behind a unique name prefix: the store as the Function app builds
/// it, the real ingestion service, and the trigger function called directly.
/// </summary>
internal sealed class PipelineOnAzurite
{
    private PipelineOnAzurite(AzuriteFixture azurite, AzurePipelineStore store)
    {
        Azurite = azurite;
        Store = store;
    }

    public AzuriteFixture Azurite { get; }
    public AzurePipelineStore Store { get; }

    public static async Task<PipelineOnAzurite> CreateAsync(AzuriteFixture azurite)
    {
        var names = StorageNames.Default.WithPrefix(AzuriteFixture.UniqueName("p"));
        var store = new AzurePipelineStore(azurite.BlobService, azurite.TableService, names);
        await store.EnsureCreatedAsync();
        return new PipelineOnAzurite(azurite, store);
    }

    /// <summary>The trigger as the host would run it, over this store (or a wrapper of it).</summary>
    public IngestUpload Function(IPipelineStore? store = null) =>
        new(new PipelineServices(store ?? Store, AdministrativeReference.Embedded, IngestionOptions.Default, TimeProvider.System).Ingestion, NullLogger<IngestUpload>.Instance);

    public async Task<BlobClient> UploadAsync(string path, byte[] content)
    {
        var blob = Store.Uploads.Container.GetBlobClient(path);
        await blob.UploadAsync(new BinaryData(content), overwrite: true);
        return blob;
    }

    public Task<BlobClient> UploadSampleAsync(string samplePath) =>
        UploadAsync(samplePath, File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "samples", "uploads", samplePath)));

    public async Task<IngestionRecord> DeliverAsync(BlobClient blob) =>
        await LastRecordAfterAsync(() => Function().Run(blob, new TestFunctionContext()), blob.Name);

    /// <summary>Every curated blob with the hash of its bytes: compares whole lake states.</summary>
    public async Task<SortedDictionary<string, string>> CuratedSnapshotAsync()
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var file in Store.Curated.ListAsync(""))
        {
            await using var content = (await Store.Curated.OpenReadAsync(file.Path))!;
            snapshot[file.Path] = Convert.ToHexStringLower(await SHA256.HashDataAsync(content));
        }
        return snapshot;
    }

    /// <summary>Downloads the curated area into a temporary folder, for DuckDB.</summary>
    public async Task<string> DownloadCuratedAsync()
    {
        var folder = Directory.CreateTempSubdirectory("fnavdl-curated-").FullName;
        await foreach (var file in Store.Curated.ListAsync(""))
        {
            var target = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var content = (await Store.Curated.OpenReadAsync(file.Path))!;
            await using var output = File.Create(target);
            await content.CopyToAsync(output);
        }
        return folder;
    }

    public async Task<List<IngestionRecord>> LogAsync(string? region = null)
    {
        var records = new List<IngestionRecord>();
        await foreach (var record in Store.Log.ListAsync(region)) records.Add(record);
        return records;
    }

    private async Task<IngestionRecord> LastRecordAfterAsync(Func<Task> run, string path)
    {
        await run();
        return (await LogAsync()).Last(r => r.SourcePath == path);
    }
}
