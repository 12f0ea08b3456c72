using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;
using Fnavdl.FrontDoor;
using Fnavdl.FrontDoor.Hosting;
using Fnavdl.Functions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class FunctionsServicesTests(AzuriteFixture azurite)
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings) => Services(null, settings);

    private static ServiceProvider Services(TimeProvider? clock, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        // The host registers logging; the app registers the rest.
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        if (clock is not null) services.AddSingleton(clock);
        return services.AddFnavdlFunctions().BuildServiceProvider();
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task Every_service_comes_from_one_pipeline_built_with_the_registered_clock_reference_and_options()
    {
        var clock = new FixedTime(new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero));
        await using var services = Services(clock, ("FnavdlStorage", azurite.ConnectionString), ("Fnavdl:MaxUploadBytes", "1000"));

        var pipeline = services.GetRequiredService<AzurePipeline>();
        Assert.Same(clock, pipeline.Core.Clock);
        Assert.Same(services.GetRequiredService<Core.Reference.AdministrativeReference>(), pipeline.Core.Reference);
        Assert.Same(services.GetRequiredService<IngestionOptions>(), pipeline.Core.Options);
        Assert.Same(pipeline.Store, services.GetRequiredService<IPipelineStore>());
        Assert.Same(pipeline.Ingestion, services.GetRequiredService<IUploadIngestion>());
        Assert.Same(pipeline.Core.Summary, services.GetRequiredService<Core.Summary.SummaryPublisher>());
        Assert.Same(pipeline.Recompute, services.GetRequiredService<Core.Indicators.Refresh.IndicatorRecomputeService>());

        // The clock really reaches the ingestion: the record is stamped with it, not with the machine's time.
        await pipeline.EnsureCreatedAsync();
        var path = $"93/{Guid.NewGuid():N}/projets.csv";
        await pipeline.Store.Uploads.Container.GetBlobClient(path).UploadAsync(new BinaryData("ceci n'est pas un bilan"u8.ToArray()));
        var record = await services.GetRequiredService<IUploadIngestion>().IngestAsync(new UploadRef(path, DateTimeOffset.UnixEpoch));
        Assert.Equal(clock.GetUtcNow(), record.ProcessedAt);
    }

    [Fact]
    public async Task The_store_uses_the_FnavdlStorage_connection_string()
    {
        await using var services = Services(("FnavdlStorage", azurite.ConnectionString));

        var store = Assert.IsType<AzurePipelineStore>(services.GetRequiredService<IPipelineStore>());

        Assert.Equal(azurite.BlobPort, store.Uploads.Container.Uri.Port);
        Assert.Equal("uploads", store.Uploads.Container.Name);
    }

    [Fact]
    public async Task The_store_uses_identity_based_settings_in_Azure()
    {
        // Environment variables FnavdlStorage__blobServiceUri etc. arrive as "FnavdlStorage:blobServiceUri".
        await using var services = Services(
            ("FnavdlStorage:blobServiceUri", "https://fnavdl.blob.core.windows.net"),
            ("FnavdlStorage:tableServiceUri", "https://fnavdl.table.core.windows.net"),
            ("FnavdlStorage:queueServiceUri", "https://fnavdl.queue.core.windows.net"),
            ("FnavdlStorage:credential", "managedidentity"));

        var store = Assert.IsType<AzurePipelineStore>(services.GetRequiredService<IPipelineStore>());

        Assert.Equal("https://fnavdl.blob.core.windows.net/raw/x", store.Describe("raw", "x"));
    }

    [Fact]
    public async Task The_ingestion_is_the_core_service_with_limits_from_settings()
    {
        await using var services = Services(
            ("FnavdlStorage", "UseDevelopmentStorage=true"),
            ("Fnavdl:MaxUploadBytes", "1000"),
            ("Fnavdl:MaxXlsxExpandedBytes", "2000"));

        // The core ingestion, followed by the recompute request of the years it changed.
        Assert.IsType<Core.Composition.IngestAndSchedule>(services.GetRequiredService<IUploadIngestion>());
        var options = services.GetRequiredService<IngestionOptions>();
        Assert.Equal(1000, options.Limits.MaxUploadBytes);
        Assert.Equal(2000, options.Limits.MaxXlsxExpandedBytes);
    }

    /// <summary>Issue 17, point 12, on the Function app: one settings object reaches the ingestion, the front door and the callers.</summary>
    [Fact]
    public async Task The_front_door_and_the_ingestion_take_their_limits_and_deadlines_from_the_one_settings_object()
    {
        await using var services = Services(
            ("FnavdlStorage", "UseDevelopmentStorage=true"),
            ("Fnavdl:MaxUploadBytes", "1000"),
            ("Fnavdl:MaxXlsxExpandedBytes", "2000"),
            ("Fnavdl:RequestDeadlineSeconds", "30"),
            ("Fnavdl:FileDeadlineSeconds", "60"));

        var settings = services.GetRequiredService<FnavdlSettings>();
        var frontDoor = services.GetRequiredService<FrontDoorOptions>();
        Assert.Equal(settings.ReadLimits, frontDoor.Limits);
        Assert.Equal(2000, frontDoor.Limits.MaxXlsxExpandedBytes);
        Assert.Equal(TimeSpan.FromSeconds(30), frontDoor.RequestDeadline);
        Assert.Equal(TimeSpan.FromSeconds(60), services.GetRequiredService<IngestionOptions>().FileDeadline);
        Assert.Same(services.GetRequiredService<IngestionOptions>(), services.GetRequiredService<AzurePipeline>().Core.Options);
        Assert.IsType<EasyAuthCallers>(services.GetRequiredService<IFrontDoorCallers>());
        Assert.IsType<DoubleSubmitGuard>(services.GetRequiredService<IForgeryGuard>());
        // The worker activates each function class from the container, as here.
        Assert.NotNull(ActivatorUtilities.CreateInstance<FrontDoorApi>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<IndicateursApi>(services));
    }

    [Fact]
    public async Task Limits_default_to_the_core_defaults()
    {
        await using var services = Services(("FnavdlStorage", "UseDevelopmentStorage=true"));

        Assert.Equal(IngestionOptions.Default.Limits, services.GetRequiredService<IngestionOptions>().Limits);
    }

    [Fact]
    public async Task The_recompute_and_query_services_run_on_the_storage_account()
    {
        await using var services = Services(("FnavdlStorage", azurite.ConnectionString));

        Assert.NotNull(services.GetRequiredService<Core.Indicators.Refresh.IndicatorRecomputeService>());
        Assert.NotNull(services.GetRequiredService<Core.Access.IndicatorsQueryService>());
        Assert.NotNull(services.GetRequiredService<Core.Access.IngestionHistoryService>());
        var queue = Assert.IsType<AzureRecomputeQueue>(services.GetRequiredService<Core.Indicators.Refresh.IRecomputeQueue>());
        Assert.Equal(Functions.RecomputeIndicators.QueueName, queue.Queue.Name);
        Assert.Equal(azurite.QueuePort, queue.Queue.Uri.Port);
        Assert.Equal("indicateurs", Assert.IsType<TableIndicatorIndex>(services.GetRequiredService<Core.Indicators.Refresh.IIndicatorIndex>()).Table.Name);
    }
}
