using Fnavdl.Azure;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;
using Fnavdl.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// Same connection the blob trigger uses ("FnavdlStorage"): a connection string locally, or
// FnavdlStorage__blobServiceUri / __tableServiceUri / __queueServiceUri / __credential / __clientId in Azure.
builder.Services.AddSingleton(_ => AzureStorageConnection.FromSettings(StorageSettings.ConnectionName, key => builder.Configuration[key]));
builder.Services.AddSingleton<IPipelineStore>(services =>
{
    var connection = services.GetRequiredService<AzureStorageConnection>();
    return new AzurePipelineStore(connection.Blobs, connection.Tables, StorageNames.Default);
});
builder.Services.AddSingleton<IUploadIngestion, PendingIngestion>();

builder.Build().Run();
