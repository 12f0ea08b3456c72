using Fnavdl.Cli.Serving;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage.Local;
using Fnavdl.FrontDoor.Hosting;
using Microsoft.Extensions.Logging;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>
/// `fnavdl serve` started in-process on a free loopback port over a fresh store, removed afterwards, built as the
/// CLI's composition root builds it: from one settings object.
/// </summary>
public sealed class ServedStore : IAsyncDisposable
{
    private ServedStore(string root, LocalFrontDoor server)
    {
        Root = root;
        Server = server;
    }

    public string Root { get; }
    public LocalFrontDoor Server { get; }
    public string Url => Server.Address.ToString();

    public static async Task<ServedStore> StartAsync(string? region, FnavdlSettings? settings = null, ILoggerProvider? logs = null)
    {
        settings ??= FnavdlSettings.Default;
        var root = Directory.CreateTempSubdirectory("fnavdl-serve-").FullName;
        var pipeline = new PipelineServices(new LocalPipelineStore(root), AdministrativeReference.Embedded, settings.Ingestion, TimeProvider.System);
        return new ServedStore(root, await LocalFrontDoor.StartAsync(pipeline, FrontDoorOptions.From(settings), port: 0, region, logs));
    }

    /// <summary>Every file under the store's uploads folder, relative, with '/'.</summary>
    public IReadOnlyList<string> Uploads()
    {
        var uploads = Path.Combine(Root, "uploads");
        return Directory.Exists(uploads)
            ? Directory.EnumerateFiles(uploads, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(uploads, f).Replace('\\', '/')).Order().ToList()
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
