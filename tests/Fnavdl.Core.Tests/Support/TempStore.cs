using System.Security.Cryptography;
using System.Text;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Tests.Support;

/// <summary>A local store in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Root = Path.Combine(Path.GetTempPath(), "fnavdl-tests", Guid.NewGuid().ToString("N"));
        Store = new LocalPipelineStore(Root);
        Services = new PipelineServices(Store, AdministrativeReference.Embedded, IngestionOptions.Default, TimeProvider.System);
    }

    public string Root { get; }
    public LocalPipelineStore Store { get; }

    /// <summary>The services as the CLI builds them over this store.</summary>
    public PipelineServices Services { get; }
    public UploadIngestionService Ingestion => Services.Ingestion;

    public static readonly DateTimeOffset T0 = new(2022, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public async Task<UploadRef> UploadAsync(string path, byte[] content, DateTimeOffset? uploadedAt = null)
    {
        using var stream = new MemoryStream(content);
        await Store.Uploads.WriteAsync(path, stream);
        return new UploadRef(path, uploadedAt ?? T0);
    }

    public Task<UploadRef> UploadAsync(string path, string csv, DateTimeOffset? uploadedAt = null) =>
        UploadAsync(path, Encoding.UTF8.GetBytes(csv), uploadedAt);

    public async Task<IngestionRecord> IngestAsync(string path, string csv, DateTimeOffset? uploadedAt = null) =>
        await Ingestion.IngestAsync(await UploadAsync(path, csv, uploadedAt));

    /// <summary>
    /// Ingests the bundled samples as the demo does: in path order, each uploaded one second after
    /// the previous one.
    /// </summary>
    public async Task<List<IngestionRecord>> IngestSamplesAsync()
    {
        var uploads = Path.Combine(RepoPaths.Samples, "uploads");
        var records = new List<IngestionRecord>();
        foreach (var file in Directory.EnumerateFiles(uploads, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(uploads, file).Replace('\\', '/');
            var upload = await UploadAsync(path, await File.ReadAllBytesAsync(file), T0.AddSeconds(records.Count));
            records.Add(await Ingestion.IngestAsync(upload));
        }
        return records;
    }

    /// <summary>Every curated file with the hash of its bytes: compares whole lake states.</summary>
    public IReadOnlyDictionary<string, string> CuratedSnapshot()
    {
        var folder = Store.Curated.Root;
        if (!Directory.Exists(folder)) return new Dictionary<string, string>();
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
    }

    public async Task<List<IngestionRecord>> LogAsync(string? region = null)
    {
        var records = new List<IngestionRecord>();
        await foreach (var record in Store.Log.ListAsync(region)) records.Add(record);
        return records;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
