using Fnavdl.Azure;
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
        services.AddSingleton<IUploadIngestion>(provider => new UploadIngestionService(
            provider.GetRequiredService<IPipelineStore>(),
            AdministrativeReference.Embedded,
            provider.GetRequiredService<IngestionOptions>(),
            TimeProvider.System));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new SummaryPublisher(provider.GetRequiredService<IPipelineStore>(), AdministrativeReference.Embedded));
        return services;
    }
}
