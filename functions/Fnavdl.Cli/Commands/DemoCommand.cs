using Fnavdl.Core.Composition;
using Fnavdl.Core.Summary;
using System.CommandLine;
using Fnavdl.Cli.Uploading;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Ingestion;

namespace Fnavdl.Cli.Commands;

/// <summary>`fnavdl demo`: the bundled samples, ingested into a fresh local store.</summary>
internal static class DemoCommand
{
    public const string DefaultFolder = "fnavdl-demo";

    public static Command Create(CliConsole console)
    {
        var store = StoreOptions.Store(DefaultFolder);
        var command = new Command("demo", $"Intègre les fichiers d'exemple fournis (samples/uploads) dans un stockage local neuf (par défaut ./{DefaultFolder}).")
        {
            store,
        };
        command.SetAction(async (parsed, ct) => await RunAsync(console, parsed.GetValue(store)!, ct));
        return command;
    }

    /// <summary>The programme year of the samples.</summary>
    public const int DemoYear = 2021;

    private static async Task<int> RunAsync(CliConsole console, DirectoryInfo folder, CancellationToken ct)
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
        var uploads = UploadSources.Collect([samples], null, out _)!;
        var localStore = new LocalPipelineStore(folder.FullName);
        var code = await IngestCommand.IngestAsync(console, new LocalUploadTarget(localStore, IngestionOptions.Default), uploads, ct);
        console.Out.WriteLine($"Parquet : {Path.Combine(folder.FullName, "curated")}");
        console.Out.WriteLine($"Journal : {Path.Combine(folder.FullName, "log", "ingestions.jsonl")}");
        var published = await new PipelineServices(localStore).Summary.PublishAsync(DemoYear, ct);
        console.Out.WriteLine($"Synthèse {DemoYear} : {localStore.Syntheses.FullPath(published.HtmlPath)}");
        return code;
    }

    /// <summary>Empties the demo folder, but only if it is one of ours: never delete a folder we did not make.</summary>
    private static bool TryReset(DirectoryInfo folder, out string? problem)
    {
        problem = null;
        if (!folder.Exists) return true;
        var ours = new[] { "uploads", "raw", "curated", "reports", "gold", SummaryLayout.Area, "log", "units" };
        var foreign = folder.EnumerateFileSystemInfos().Where(e => !ours.Contains(e.Name)).Select(e => e.Name).ToList();
        if (foreign.Count > 0)
        {
            problem = $"Le dossier {folder.FullName} existe et contient autre chose qu'un stockage fnavdl ({string.Join(", ", foreign.Take(3))}) : choisissez un autre dossier avec --store.";
            return false;
        }
        folder.Delete(recursive: true);
        return true;
    }
}
