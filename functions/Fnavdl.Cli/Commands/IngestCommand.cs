using System.CommandLine;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Storage;
using Fnavdl.Cli.Uploading;

namespace Fnavdl.Cli.Commands;

/// <summary>`fnavdl ingest PATH… [--store DIR]`: what the blob trigger does, on a local folder.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console, CliHost host)
    {
        var paths = new Argument<string[]>("chemins")
        {
            Description = "Dossiers lus comme la racine du conteneur uploads ({code_region}/…/{fichier}), ou fichiers isolés (avec --region).",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOptions.Store();
        var region = StoreOptions.Region();
        var connection = StoreOptions.Connection();
        var command = new Command("ingest", "Valide et intègre des fichiers dans le stockage (dossier local, ou Azure Storage avec --connection) : Parquet, rapports, journal. Code de sortie 0 si tout est accepté ou inchangé, 1 si un fichier est refusé, 3 si le stockage ne peut être écrit (disque plein, lecture seule).")
        {
            paths, store, region, connection,
        };
        command.SetAction(async (parsed, ct) =>
        {
            string? code = null;
            if (parsed.GetValue(region) is { } asked && (code = RegionNames.Resolve(asked, host.Reference, console)) is null) return ExitCodes.Usage;
            var uploads = UploadSources.Collect(parsed.GetValue(paths)!, code, host.Reference, out var problem);
            if (uploads is null)
            {
                console.Error.WriteLine(problem);
                return ExitCodes.Usage;
            }
            var target = await UploadTargets.OpenAsync(host, parsed.GetValue(connection), parsed.GetValue(store)!, console.Error, ct);
            return await IngestAsync(console, target, uploads, ct);
        });
        return command;
    }

    /// <summary>Copies each file into the store's uploads area (as a region would upload it) and ingests it.</summary>
    public static async Task<int> IngestAsync(CliConsole console, IUploadTarget target, IReadOnlyList<UploadSource> uploads, CancellationToken ct)
    {
        var ingestion = target.Ingestion;
        var rejected = 0;
        for (var i = 0; i < uploads.Count; i++)
        {
            var progress = CliConsole.Progress(i + 1, uploads.Count);
            var source = uploads[i];
            if (source.Refusal is not null)
            {
                // Refused before anything is written: not copied, not logged, not read.
                rejected++;
                console.Out.WriteLine($"{progress}refusé      {PrintableText.Of(source.UploadPath)} ({source.Refusal.Code} : {source.Refusal.Text})");
                continue;
            }
            var size = new FileInfo(source.FilePath).Length;
            if (size > target.Options.Limits.MaxUploadBytes)
            {
                // Refused before it is copied or hashed, as the Function refuses it before reading it all.
                rejected++;
                var tooLarge = UploadSizeLimit.Message(size, target.Options.Limits.MaxUploadBytes);
                console.Out.WriteLine($"{progress}refusé      {source.UploadPath} ({tooLarge.Code} : {tooLarge.Text})");
                continue;
            }
            IngestionRecord record;
            try
            {
                var upload = await target.UploadAsync(source, ct);
                record = await ingestion.IngestAsync(upload, ct);
            }
            catch (Exception e) when (StorageFailure.Is(e))
            {
                // The store itself fails: every further file would too. The commit left readers the previous state.
                console.Out.WriteLine($"{progress}échec       {source.UploadPath}");
                console.Error.WriteLine(StorageFailure.Describe(e, target.Location));
                return ExitCodes.Failure;
            }
            if (record.Outcome == IngestionOutcome.Rejected) rejected++;
            console.Out.WriteLine($"{progress}{Verdict(record)}");
            if (record.ReportPath is not null)
                console.Out.WriteLine($"            rapport : {target.Store.Describe("reports", ReportPaths.HtmlOf(record.ReportPath))}");
        }
        console.Out.WriteLine($"{uploads.Count} fichier(s), {rejected} refusé(s). Stockage : {target.Location}");
        return rejected == 0 ? ExitCodes.Ok : ExitCodes.Rejected;
    }

    private static string Verdict(IngestionRecord record)
    {
        var details = $"{record.Kind ?? "type non reconnu"}, {record.Rows} ligne(s), {record.Warnings} avertissement(s)";
        return record.Outcome switch
        {
            IngestionOutcome.Accepted when record.UnitsSuperseded.Count > 0 =>
                $"accepté     {record.SourcePath} ({details} ; {record.UnitsSuperseded.Count} unité(s) déjà remplacée(s) par un dépôt plus récent)",
            IngestionOutcome.Accepted => $"accepté     {record.SourcePath} ({details})",
            IngestionOutcome.Unchanged => $"inchangé    {record.SourcePath} (contenu identique à un dépôt déjà intégré)",
            IngestionOutcome.Superseded => $"dépassé     {record.SourcePath} (toutes ses unités ont été remplacées par un dépôt plus récent)",
            IngestionOutcome.Rejected => $"refusé      {record.SourcePath} ({record.Errors} erreur(s), {record.Warnings} avertissement(s))",
            _ => $"échec       {record.SourcePath} ({record.FailureMessage})",
        };
    }
}
