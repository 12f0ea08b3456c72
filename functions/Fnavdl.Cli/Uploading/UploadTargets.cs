using Fnavdl.Azure;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Uploading;

internal static class UploadTargets
{
    /// <summary>Azure Storage when a connection is given (containers and tables created if missing), else the local store.</summary>
    public static async Task<IUploadTarget> OpenAsync(string? connection, DirectoryInfo localStore, IngestionOptions options,
        TerminalWriter notices, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connection)) return new LocalUploadTarget(new LocalPipelineStore(localStore.FullName), options);
        var pipeline = new AzurePipeline(AzureLakeCache.Connect(connection), options: options, logger: new ConsoleLogger(notices));
        await pipeline.EnsureCreatedAsync(cancellationToken);
        return new BlobUploadTarget(pipeline);
    }
}
