using Fnavdl.Cli.Commands;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli;

/// <summary>
/// The store a read command (indicators, query, summary) works on. A folder that is not a store —
/// missing, empty, a typo — is an error, never an empty store: printing "0 region" would look like an
/// answer. Nothing is created to find out.
/// </summary>
internal static class StoreFolder
{
    /// <summary>What every store has once anything was ingested (or pulled from Azure).</summary>
    private static readonly string[] Landmarks = ["curated", "gold", Path.Combine("log", "ingestions.jsonl")];

    public static bool IsStore(string folder) =>
        Directory.Exists(folder) && Landmarks.Any(l => Directory.Exists(Path.Combine(folder, l)) || File.Exists(Path.Combine(folder, l)));

    /// <summary>The store in <paramref name="folder"/>, or null after telling the user (in French) why not.</summary>
    public static LocalPipelineStore? OpenForReading(DirectoryInfo folder, CliConsole console)
    {
        var path = folder.FullName;
        if (IsStore(path)) return new LocalPipelineStore(path);
        var why = Directory.Exists(path)
            ? $"Le dossier {path} n'est pas un stockage fnavdl (ni curated/, ni gold/, ni log/ingestions.jsonl)."
            : $"Stockage introuvable : le dossier {path} n'existe pas.";
        console.Error.WriteLine(why);
        var demo = Path.GetFullPath(DemoCommand.DefaultFolder);
        console.Error.WriteLine(IsStore(demo) && demo != path
            ? $"Le stockage de la démonstration est {demo} : ajoutez --store {DemoCommand.DefaultFolder}."
            : "Indiquez un stockage existant avec --store DOSSIER, ou créez-en un avec fnavdl ingest (ou fnavdl demo).");
        return null;
    }

    /// <summary>
    /// The programme years to work on: <paramref name="year"/> when the curated data has it, else all the
    /// data's years; null after telling the user when the year is not in the data (or there is no data).
    /// </summary>
    public static async Task<IReadOnlyList<int>?> YearsAsync(PipelineServices pipeline, LocalPipelineStore store, int? year, CliConsole console, CancellationToken ct)
    {
        var years = await pipeline.Indicators.YearsAsync(store, ct);
        if (years.Count == 0)
        {
            console.Error.WriteLine($"Aucune donnée intégrée dans {store.Curated.Root} : lancez d'abord fnavdl ingest (ou fnavdl demo).");
            return null;
        }
        if (year is not { } asked) return years;
        if (years.Contains(asked)) return [asked];
        console.Error.WriteLine($"Aucune donnée pour l'année {asked} dans {store.Root} : années présentes : {string.Join(", ", years)}.");
        return null;
    }
}
