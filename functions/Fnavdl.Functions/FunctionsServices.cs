using Fnavdl.Azure;
using Fnavdl.Core.Access;
using Fnavdl.Core.FrontDoor;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>
/// The app's services, apart from the host, so tests can resolve them as the app would. Everything comes
/// from one <see cref="AzurePipeline"/>, built with the registered reference data, clock and options.
/// </summary>
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
        // TryAdd: a host (or a test) that registered its own clock or reference keeps it, and every service uses it.
        services.TryAddSingleton(TimeProvider.System);
        // A factory, so the reference data is loaded at the first invocation rather than before the host starts.
        services.TryAddSingleton(_ => AdministrativeReference.Embedded);
        services.AddSingleton(provider => IngestionSettings.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => new AzurePipeline(
            provider.GetRequiredService<AzureStorageConnection>(),
            StorageNames.Default,
            provider.GetRequiredService<AdministrativeReference>(),
            provider.GetRequiredService<IngestionOptions>(),
            provider.GetRequiredService<TimeProvider>(),
            // Tells when a commit waits for a unit lock (a holder that died keeps it until its lease expires).
            logger: provider.GetService<ILoggerFactory>()?.CreateLogger<AzurePipeline>()));

        services.AddSingleton<IPipelineStore>(provider => Pipeline(provider).Store);
        services.AddSingleton(provider => Pipeline(provider).Ingestion);
        services.AddSingleton(provider => Pipeline(provider).Core.Summary);
        services.AddSingleton(provider => Pipeline(provider).Core.History);
        services.AddSingleton(provider => Pipeline(provider).IndicatorStorage);
        services.AddSingleton<IRecomputeLedger>(provider => Pipeline(provider).IndicatorStorage.Ledger);
        services.AddSingleton<IRecomputeQueue>(provider => Pipeline(provider).IndicatorStorage.Queue);
        services.AddSingleton<IIndicatorIndex>(provider => Pipeline(provider).IndicatorStorage.Index);
        services.AddSingleton(provider => Pipeline(provider).Refresh);
        services.AddSingleton(provider => Pipeline(provider).Recompute);
        services.AddSingleton<IndicatorsQueryService>(provider => Pipeline(provider).Query);
        return services.AddFnavdlFrontDoor();
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
            provider.GetRequiredService<AdministrativeReference>(),
            new IngestByTrigger(),
            new FrontDoorOptions
            {
                MaxUploadBytes = provider.GetRequiredService<IngestionOptions>().Limits.MaxUploadBytes,
                SecureCookies = true,
            },
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static AzurePipeline Pipeline(IServiceProvider provider) => provider.GetRequiredService<AzurePipeline>();
}
