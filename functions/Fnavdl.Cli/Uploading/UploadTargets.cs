
namespace Fnavdl.Cli.Uploading;

internal static class UploadTargets
{
    /// <summary>Azure Storage when a connection is given (containers and tables created if missing), else the local store.</summary>
    public static async Task<IUploadTarget> OpenAsync(CliHost host, string? connection, DirectoryInfo localStore,
        TerminalWriter notices, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connection)) return new LocalUploadTarget(host.Local(localStore.FullName));
        var pipeline = host.Azure(AzureLakeCache.Connect(connection), new ConsoleLogger(notices));
        await pipeline.EnsureCreatedAsync(cancellationToken);
        return new BlobUploadTarget(pipeline);
    }
}
