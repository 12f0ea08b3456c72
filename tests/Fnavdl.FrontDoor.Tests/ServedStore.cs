using Fnavdl.Cli.Serving;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>`fnavdl serve` started in-process on a free loopback port over a fresh store, removed afterwards.</summary>
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

    public static async Task<ServedStore> StartAsync(string? region)
    {
        var root = Directory.CreateTempSubdirectory("fnavdl-serve-").FullName;
        return new ServedStore(root, await LocalFrontDoor.StartAsync(root, port: 0, region));
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
