using System.CommandLine;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Commands;

/// <summary>
/// `fnavdl summary --year YYYY [--store DIR] [--out DIR]`: publishes the year's summary to the store's
/// syntheses area (HTML, XLSX, JSON, Parquet), copies it to --out if given, prints the HTML page's path.
/// </summary>
internal static class SummaryCommand
{
    public static Command Create(CliConsole console, CliHost host)
    {
        var year = StoreOptions.Year("Année de programme résumée (par ex. 2021), parmi celles des données.");
        year.Required = true;
        var store = StoreOptions.Store();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Dossier où copier aussi les fichiers de la synthèse.", HelpName = "dossier" };
        var command = new Command("summary", "Publie la synthèse annuelle (page HTML, classeur XLSX, JSON, Parquet) dans syntheses/annee=…/ et affiche le chemin de la page.")
        {
            year, store, output,
        };
        command.SetAction(async (parsed, ct) =>
        {
            if (StoreFolder.OpenForReading(parsed.GetValue(store)!, console) is not { } local) return ExitCodes.Usage;
            // A year outside the data would publish an empty summary that looks like a real one.
            var pipeline = host.Pipeline(local);
            if (await StoreFolder.YearsAsync(pipeline, local, parsed.GetValue(year), console, ct) is not [var annee]) return ExitCodes.Usage;
            return await RunAsync(console, pipeline, local, annee, parsed.GetValue(output), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, PipelineServices pipeline, LocalPipelineStore store, int annee, DirectoryInfo? output, CancellationToken ct)
    {
        var published = await pipeline.Summary.PublishAsync(annee, ct);
        if (!published.Summary.Qualite.Any(q => q.Declarante))
            console.Error.WriteLine($"Aucune région n'a déclaré de projets pour {annee} : la synthèse est vide.");
        var html = store.Syntheses.FullPath(published.HtmlPath);
        if (output is not null)
        {
            Directory.CreateDirectory(output.FullName);
            foreach (var path in published.Paths)
                File.Copy(store.Syntheses.FullPath(path), Path.Combine(output.FullName, Path.GetFileName(path)), overwrite: true);
            html = Path.Combine(output.FullName, Path.GetFileName(published.HtmlPath));
        }
        console.Out.WriteLine(html);
        return ExitCodes.Ok;
    }
}
