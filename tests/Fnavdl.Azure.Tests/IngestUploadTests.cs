using Azure.Storage.Blobs;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;
using Fnavdl.Functions;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class IngestUploadTests(AzuriteFixture azurite)
{
    private sealed class RecordingIngestion : IUploadIngestion
    {
        public List<UploadRef> Calls { get; } = [];

        public Task<IngestionRecord> IngestAsync(UploadRef upload, CancellationToken cancellationToken = default)
        {
            Calls.Add(upload);
            return Task.FromResult(new IngestionRecord
            {
                IngestionId = "ing-1",
                CodeRegion = upload.Path.Split('/')[0],
                SourcePath = upload.Path,
                Sha256 = "abc123",
                SizeBytes = 3,
                Outcome = IngestionOutcome.Accepted,
                UploadedAt = upload.UploadedAt,
                ProcessedAt = DateTimeOffset.UtcNow,
                Rows = 42,
                Errors = 0,
                Warnings = 2,
                TotalMs = 12.5,
            });
        }
    }

    private sealed class RecordingLogger : ILogger<IngestUpload>
    {
        public List<IReadOnlyDictionary<string, object?>> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> properties)
                Entries.Add(properties.ToDictionary(p => p.Key, p => p.Value));
        }
    }

    private async Task<BlobClient> UploadAsync(string path)
    {
        var container = azurite.BlobService.GetBlobContainerClient(AzuriteFixture.UniqueName("uploads"));
        await container.CreateAsync();
        var blob = container.GetBlobClient(path);
        await blob.UploadAsync(BinaryData.FromString("a;b"));
        return blob;
    }

    [Fact]
    public async Task The_upload_path_relative_to_the_container_and_its_upload_time_go_to_the_ingestion()
    {
        var blob = await UploadAsync("93/2024/depot-mars.csv");
        var ingestion = new RecordingIngestion();
        var function = new IngestUpload(ingestion, new RecordingLogger());

        await function.Run(blob, new TestFunctionContext());

        var call = Assert.Single(ingestion.Calls);
        Assert.Equal("93/2024/depot-mars.csv", call.Path);
        Assert.Equal("93", call.Path.Split('/')[0]);
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(properties.CreatedOn, call.UploadedAt);
    }

    [Fact]
    public async Task An_overwritten_upload_is_dated_by_its_latest_write()
    {
        var blob = await UploadAsync("93/2024/depot.csv");
        await Task.Delay(1100);
        await blob.UploadAsync(BinaryData.FromString("a;b;c"), overwrite: true);
        var properties = (await blob.GetPropertiesAsync()).Value;
        var ingestion = new RecordingIngestion();

        await new IngestUpload(ingestion, new RecordingLogger()).Run(blob, new TestFunctionContext());

        Assert.Equal(properties.LastModified, Assert.Single(ingestion.Calls).UploadedAt);
        Assert.True(properties.LastModified >= properties.CreatedOn);
    }

    [Fact]
    public async Task The_outcome_is_logged_with_named_properties()
    {
        var blob = await UploadAsync("2A/suivi.xlsx");
        var logger = new RecordingLogger();

        await new IngestUpload(new RecordingIngestion(), logger).Run(blob, new TestFunctionContext());

        var outcome = Assert.Single(logger.Entries, e => e.ContainsKey("Outcome"));
        Assert.Equal("2A", outcome["Region"]);
        Assert.Equal("2A/suivi.xlsx", outcome["Path"]);
        Assert.Equal("abc123", outcome["Sha256"]);
        Assert.Equal(IngestionOutcome.Accepted, outcome["Outcome"]);
        Assert.Equal(42, outcome["Rows"]);
        Assert.Equal(0, outcome["Errors"]);
        Assert.Equal(2, outcome["Warnings"]);
        Assert.Equal(12.5, outcome["DurationMs"]);
    }
}

public sealed class UploadTimeTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_version_id_gives_sub_second_precision()
    {
        var properties = global::Azure.Storage.Blobs.Models.BlobsModelFactory.BlobProperties(
            createdOn: Created, lastModified: Created, versionId: "2026-01-05T10:00:00.1234567Z");

        Assert.Equal(Created.AddTicks(1_234_567), UploadTime.Of(properties));
    }

    [Fact]
    public void Without_versions_an_overwrite_counts_from_its_last_write()
    {
        var overwritten = global::Azure.Storage.Blobs.Models.BlobsModelFactory.BlobProperties(createdOn: Created, lastModified: Created.AddMinutes(5));
        var fresh = global::Azure.Storage.Blobs.Models.BlobsModelFactory.BlobProperties(createdOn: Created, lastModified: Created);

        Assert.Equal(Created.AddMinutes(5), UploadTime.Of(overwritten));
        Assert.Equal(Created, UploadTime.Of(fresh));
    }
}
