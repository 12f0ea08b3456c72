using System.CommandLine;
using Fnavdl.Azure;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli;

/// <summary>
/// A local copy of the Azure lake laid out as a local store (<c>DIR/curated</c> with the regions' manifests in
/// <c>DIR/curated/manifestes</c>, <c>DIR/gold</c>), so `indicators` and `query` run DuckDB and the engine on local
/// files: DuckDB's Azure extension cannot be installed offline. Each pull downloads only what changed:
/// the files of units switched to a new version (see <see cref="CuratedMirror"/>), the gold blobs whose
/// ETag changed (see <see cref="BlobMirror"/>).
/// </summary>
internal static class AzureLakeCache
{
    public const string DefaultFolder = "fnavdl-cache";

    public sealed record Pulled(LocalPipelineStore Store, MirrorResult Curated, MirrorResult? Gold);

    public static AzureStorageConnection Connect(string connection) =>
        connection.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? AzureStorageConnection.FromAccountUrl(new Uri(connection))
            : AzureStorageConnection.FromConnectionString(connection);

    public static async Task<Pulled> PullAsync(string connection, string folder, bool includeGold, CancellationToken ct)
    {
        var storage = Connect(connection);
        var remote = new AzurePipelineStore(storage.Blobs, storage.Tables, StorageNames.Default);
        var local = new LocalPipelineStore(Path.GetFullPath(folder));
        // Curated follows the manifests (never half a deposit); gold files are replaced whole, a container copy is exact.
        var curated = await CuratedMirror.SyncAsync(remote.Curated, remote.Units, local, ct);
        var gold = includeGold
            ? await BlobMirror.SyncAsync(remote.Gold.Container, local.Gold.Root, ct)
            : null;
        return new Pulled(local, curated, gold);
    }

    /// <summary>
    /// The store a read-only command computes from: the <c>--store</c> folder, or with <c>--connection</c>
    /// the local copy of the Azure lake's curated data, pulled first; null after telling the user that the
    /// folder is not a store (a read command never creates one).
    /// </summary>
    public static async Task<LocalPipelineStore?> CuratedStoreAsync(CliConsole console, ParseResult parsed, Option<DirectoryInfo> store,
        Option<string?> connection, Option<DirectoryInfo> cache, CancellationToken ct)
    {
        if (parsed.GetValue(connection) is not { Length: > 0 } azure) return StoreFolder.OpenForReading(parsed.GetValue(store)!, console);
        // Only the curated data is needed: what a command derives from it is recomputed into the cache.
        var pulled = await PullAsync(azure, parsed.GetValue(cache)!.FullName, includeGold: false, ct);
        Report(console, pulled);
        return pulled.Store;
    }

    public static void Report(CliConsole console, Pulled pulled)
    {
        console.Error.WriteLine($"Copie locale {pulled.Store.Root} — curated : {Describe(pulled.Curated)}"
            + (pulled.Gold is { } gold ? $" ; gold : {Describe(gold)}" : ""));
    }

    public static string Describe(MirrorResult r) =>
        $"{r.Downloaded} téléchargé(s), {r.Unchanged} inchangé(s), {r.Deleted} supprimé(s)";

    public static Option<DirectoryInfo> CacheOption() => new("--cache")
    {
        Description = $"Avec --connection : dossier de la copie locale du lac (par défaut : ./{DefaultFolder}) ; seuls les fichiers modifiés sont téléchargés.",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultFolder),
        HelpName = "dossier",
    };
}
