using System.CommandLine;
using Fnavdl.Cli.Uploading;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Commands;

/// <summary>`fnavdl demo`: the bundled samples, ingested into a fresh local store.</summary>
internal static class DemoCommand
{
    public const string DefaultFolder = "fnavdl-demo";

    /// <summary>The file that marks a folder as made by the demo: the only kind of folder it ever empties.</summary>
    public const string MarkerFile = ".fnavdl-demo";

    public static Command Create(CliConsole console, CliHost host)
    {
        var store = StoreOptions.Store(DefaultFolder);
        var command = new Command("demo", $"Intègre les fichiers d'exemple fournis (samples/uploads) dans un stockage local neuf (par défaut ./{DefaultFolder}) ; ne vide qu'un dossier créé par une démonstration précédente.")
        {
            store,
        };
        command.SetAction(async (parsed, ct) => await RunAsync(console, host, parsed.GetValue(store)!, ct));
        return command;
    }

    /// <summary>The programme year of the samples.</summary>
    public const int DemoYear = 2021;

    private static async Task<int> RunAsync(CliConsole console, CliHost host, DirectoryInfo folder, CancellationToken ct)
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples", "uploads");
        if (!Directory.Exists(samples))
        {
            console.Error.WriteLine($"Fichiers d'exemple introuvables : {samples}");
            return ExitCodes.Usage;
        }
        if (!TryReset(folder, out var problem))
        {
            console.Error.WriteLine(problem);
            return ExitCodes.Usage;
        }
        console.Out.WriteLine($"Démonstration : intégration des exemples de {samples} dans {folder.FullName}");
        var uploads = UploadSources.Collect([samples], null, host.Reference, out _)!;
        var pipeline = host.Local(folder.FullName);
        var localStore = (LocalPipelineStore)pipeline.Store;
        var code = await IngestCommand.IngestAsync(console, new LocalUploadTarget(pipeline), uploads, ct);
        console.Out.WriteLine($"Parquet : {Path.Combine(folder.FullName, "curated")}");
        console.Out.WriteLine($"Journal : {Path.Combine(folder.FullName, "log", "ingestions.jsonl")}");
        var published = await pipeline.Summary.PublishAsync(DemoYear, ct);
        console.Out.WriteLine($"Synthèse {DemoYear} : {localStore.Syntheses.FullPath(published.HtmlPath)}");
        console.Out.WriteLine();
        console.Out.WriteLine("Pour continuer, sur ce stockage :");
        foreach (var next in NextCommands(folder, ShellCommand.Program())) console.Out.WriteLine($"  {next}");
        return code;
    }

    /// <summary>
    /// What to try next on the demo's own store, as the user named it (`--store fnavdl-demo`), each line
    /// calling <paramref name="program"/> (<see cref="ShellCommand.Program()"/>): they work as printed.
    /// </summary>
    public static IReadOnlyList<string> NextCommands(DirectoryInfo folder, string program = ShellCommand.ToolName)
    {
        var store = "--store " + ShellCommand.Word(folder.ToString());
        return
        [
            $"{program} indicators --year {DemoYear} --region 93 {store}",
            $"{program} indicators --year {DemoYear} --format csv {store} > indicateurs-{DemoYear}.csv",
            $"{program} query \"select code_region, count(*) as projets from projets group by 1 order by 1\" {store}",
            $"{program} summary --year {DemoYear} {store}",
        ];
    }

    /// <summary>
    /// Prepares the demo folder: a new or empty folder gets the marker; a folder with the marker (made by
    /// an earlier demo) is emptied. Any other folder — even one that looks like a store — is left alone:
    /// never delete what the demo did not make.
    /// </summary>
    private static bool TryReset(DirectoryInfo folder, out string? problem)
    {
        problem = null;
        folder.Refresh();
        if (folder.Exists && folder.EnumerateFileSystemInfos().Any())
        {
            if (!File.Exists(Path.Combine(folder.FullName, MarkerFile)))
            {
                var content = string.Join(", ", folder.EnumerateFileSystemInfos().Select(e => e.Name).Order(StringComparer.Ordinal).Take(3));
                problem = $"Le dossier {folder.FullName} existe et n'a pas été créé par fnavdl demo (il contient {content}) : "
                    + "il n'est pas vidé. Choisissez un autre dossier avec --store, ou un dossier vide.";
                return false;
            }
            folder.Delete(recursive: true);
        }
        Directory.CreateDirectory(folder.FullName);
        File.WriteAllText(Path.Combine(folder.FullName, MarkerFile),
            "Dossier créé par « fnavdl demo » : une nouvelle démonstration dans ce dossier l'efface entièrement.\n");
        return true;
    }
}
