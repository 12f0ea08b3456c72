using Fnavdl.Azure;
using Fnavdl.Core.Access;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.FrontDoor;
using Fnavdl.FrontDoor.Analysts;
using Fnavdl.FrontDoor.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Functions;

/// <summary>
/// The Function app's composition root, apart from the host so tests can resolve its services as the app would.
/// Everything is built from one <see cref="FnavdlSettings"/> bound from the app settings (<c>Fnavdl__…</c>) and one
/// <see cref="AzurePipeline"/> built with the registered reference data and clock.
/// </summary>
public static class FunctionsServices
{
    public static IServiceCollection AddFnavdlFunctions(this IServiceCollection services)
    {
        services.AddSingleton(provider => FnavdlSettings.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => provider.GetRequiredService<FnavdlSettings>().Ingestion);
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
        services.AddSingleton(provider => Pipeline(provider).Core.Validator());
        services.AddSingleton(provider => Pipeline(provider).IndicatorStorage);
        services.AddSingleton<IRecomputeLedger>(provider => Pipeline(provider).IndicatorStorage.Ledger);
        services.AddSingleton<IRecomputeQueue>(provider => Pipeline(provider).IndicatorStorage.Queue);
        services.AddSingleton<IIndicatorIndex>(provider => Pipeline(provider).IndicatorStorage.Index);
        services.AddSingleton(provider => Pipeline(provider).Refresh);
        services.AddSingleton(provider => Pipeline(provider).Recompute);
        services.AddSingleton<IndicatorsQueryService>(provider => Pipeline(provider).Query);
        services.AddSingleton<AnalystHandlers>();
        return services.AddFnavdlFrontDoor();
    }

    /// <summary>
    /// The regions' front door: Easy Auth principal → region by the uploader groups (<c>Fnavdl__RegionGroups</c>),
    /// a stateless anti-forgery token, deposits left to the blob trigger.
    /// </summary>
    private static IServiceCollection AddFnavdlFrontDoor(this IServiceCollection services)
    {
        services.AddSingleton<IFrontDoorCallers>(provider => new EasyAuthCallers(
            EasyAuthCallers.ParseRegionGroups(provider.GetRequiredService<FnavdlSettings>().RegionGroups),
            string.Equals(provider.GetRequiredService<IConfiguration>()[EasyAuthCallers.PlatformAuthentication], "true", StringComparison.OrdinalIgnoreCase)));
        services.AddSingleton<IForgeryGuard, DoubleSubmitGuard>();
        services.AddSingleton<IDepositProcessing, IngestByTrigger>();
        services.AddSingleton(provider => FrontDoorOptions.From(provider.GetRequiredService<FnavdlSettings>()));
        services.AddSingleton<FrontDoorHandlers>();
        return services;
    }

    private static AzurePipeline Pipeline(IServiceProvider provider) => provider.GetRequiredService<AzurePipeline>();
}
