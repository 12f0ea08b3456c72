using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;
using Fnavdl.Functions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class FunctionsServicesTests(AzuriteFixture azurite)
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddFnavdlFunctions().BuildServiceProvider();
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
        Assert.IsType<Core.Indicators.Refresh.IngestAndSchedule>(services.GetRequiredService<IUploadIngestion>());
        var options = services.GetRequiredService<IngestionOptions>();
        Assert.Equal(1000, options.Limits.MaxUploadBytes);
        Assert.Equal(2000, options.Limits.MaxXlsxExpandedBytes);
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
