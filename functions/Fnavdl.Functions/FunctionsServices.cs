using Fnavdl.Azure;
using Fnavdl.Core.Access;
using Fnavdl.Core.FrontDoor;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Summary;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fnavdl.Functions;

/// <summary>The app's services, apart from the host, so tests can resolve them as the app would.</summary>
public static class FunctionsServices
{
    public static IServiceCollection AddFnavdlFunctions(this IServiceCollection services)
    {
        // The same connection the blob trigger uses: a connection string "FnavdlStorage" locally, or
        // FnavdlStorage__blobServiceUri / __tableServiceUri / __queueServiceUri / __credential / __clientId in Azure.
        services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return AzureStorageConnection.FromSettings(StorageSettings.ConnectionName, key => configuration[key]);
        });
        services.AddSingleton<IPipelineStore>(provider =>
        {
            var connection = provider.GetRequiredService<AzureStorageConnection>();
            return new AzurePipelineStore(connection.Blobs, connection.Tables, StorageNames.Default);
        });
        services.AddSingleton(provider => IngestionSettings.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<IUploadIngestion>(provider => new IngestAndSchedule(
            new UploadIngestionService(
                provider.GetRequiredService<IPipelineStore>(),
                AdministrativeReference.Embedded,
                provider.GetRequiredService<IngestionOptions>(),
                TimeProvider.System),
            provider.GetRequiredService<IndicatorRefreshRequester>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new SummaryPublisher(provider.GetRequiredService<IPipelineStore>(), AdministrativeReference.Embedded));
        return services.AddFnavdlIndicators().AddFnavdlFrontDoor();
    }

    /// <summary>
    /// The regions' front door: Easy Auth principal → region by the uploader groups
    /// (<c>Fnavdl__RegionGroups</c>); deposits are left to the blob trigger.
    /// </summary>
    private static IServiceCollection AddFnavdlFrontDoor(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return new EasyAuthCaller(
                EasyAuthCaller.ParseRegionGroups(configuration[$"{IngestionSettings.Section}:{FrontDoorSettings.RegionGroups}"]),
                string.Equals(configuration[FrontDoorSettings.PlatformAuthentication], "true", StringComparison.OrdinalIgnoreCase));
        });
        services.AddSingleton(provider => new FrontDoorService(
            provider.GetRequiredService<IPipelineStore>(),
            AdministrativeReference.Embedded,
            new IngestByTrigger(),
            new FrontDoorOptions
            {
                MaxUploadBytes = provider.GetRequiredService<IngestionOptions>().Limits.MaxUploadBytes,
                SecureCookies = true,
            },
            TimeProvider.System));
        return services;
    }

    /// <summary>Recompute-on-ingestion (queue "recalcul-indicateurs") and the analysts' HTTP API.</summary>
    private static IServiceCollection AddFnavdlIndicators(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var store = (AzurePipelineStore)provider.GetRequiredService<IPipelineStore>();
            var connection = provider.GetRequiredService<AzureStorageConnection>();
            return new AzureIndicatorStorage(store, connection);
        });
        services.AddSingleton<IRecomputeLedger>(provider => provider.GetRequiredService<AzureIndicatorStorage>().Ledger);
        services.AddSingleton<IRecomputeQueue>(provider => provider.GetRequiredService<AzureIndicatorStorage>().Queue);
        services.AddSingleton<IIndicatorIndex>(provider => provider.GetRequiredService<AzureIndicatorStorage>().Index);
        services.AddSingleton(provider => new IndicatorRefreshRequester(
            provider.GetRequiredService<IRecomputeLedger>(),
            provider.GetRequiredService<IRecomputeQueue>(),
            provider.GetRequiredService<IPipelineStore>().Log,
            IndicatorRefreshRequester.DefaultDelay));
        services.AddSingleton(provider => new IndicatorRecomputeService(
            provider.GetRequiredService<IPipelineStore>(),
            provider.GetRequiredService<IRecomputeLedger>(),
            provider.GetRequiredService<IIndicatorIndex>(),
            new IndicatorEngine(AdministrativeReference.Embedded)));
        services.AddSingleton(provider => new IndicatorsQueryService(provider.GetRequiredService<IIndicatorIndex>(), AdministrativeReference.Embedded));
        services.AddSingleton(provider => new IngestionHistoryService(provider.GetRequiredService<IPipelineStore>(), AdministrativeReference.Embedded));
        return services;
    }
}
