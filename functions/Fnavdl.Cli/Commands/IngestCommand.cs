using System.CommandLine;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Commands;

/// <summary>`fnavdl ingest PATH… [--store DIR]`: what the blob trigger does, on a local folder.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("chemins")
        {
            Description = "Dossiers lus comme la racine du conteneur uploads ({code_region}/…/{fichier}), ou fichiers isolés (avec --region).",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOptions.Store();
        var region = StoreOptions.Region();
        var command = new Command("ingest", "Valide et intègre des fichiers dans le stockage : Parquet, rapports, journal. Code de sortie 0 si tout est accepté ou inchangé, 1 si un fichier est refusé.")
        {
            paths, store, region,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var uploads = UploadSources.Collect(parsed.GetValue(paths)!, parsed.GetValue(region), out var problem);
            if (uploads is null)
            {
                console.Error.WriteLine(problem);
                return ExitCodes.Usage;
            }
            var local = new LocalPipelineStore(parsed.GetValue(store)!.FullName);
            return await IngestAsync(console, local, uploads, ct);
        });
        return command;
    }

    /// <summary>Copies each file into the store's uploads area (as a region would upload it) and ingests it.</summary>
    public static async Task<int> IngestAsync(CliConsole console, LocalPipelineStore store, IReadOnlyList<UploadSource> uploads, CancellationToken ct)
    {
        var ingestion = new UploadIngestionService(store);
        var rejected = 0;
        for (var i = 0; i < uploads.Count; i++)
        {
            var upload = uploads[i];
            var uploadedAt = await CopyToUploadsAsync(store, upload, ct);
            var record = await ingestion.IngestAsync(new UploadRef(upload.UploadPath, uploadedAt), ct);
            if (record.Outcome == IngestionOutcome.Rejected) rejected++;
            console.Out.WriteLine(CliConsole.Progress(i + 1, uploads.Count) + Describe(store, record));
        }
        console.Out.WriteLine($"{uploads.Count} fichier(s), {rejected} refusé(s). Stockage : {store.Root}");
        return rejected == 0 ? ExitCodes.Ok : ExitCodes.Rejected;
    }

    private static async Task<DateTimeOffset> CopyToUploadsAsync(LocalPipelineStore store, UploadSource upload, CancellationToken ct)
    {
        var source = new FileInfo(upload.FilePath);
        var target = store.Uploads.FullPath(upload.UploadPath);
        if (!string.Equals(source.FullName, target, StringComparison.Ordinal))
        {
            await using (var content = source.OpenRead())
                await store.Uploads.WriteAsync(upload.UploadPath, content, ct);
            // The upload time decides which version of a unit is newer: keep the file's own.
            File.SetLastWriteTimeUtc(target, source.LastWriteTimeUtc);
        }
        return new DateTimeOffset(source.LastWriteTimeUtc, TimeSpan.Zero);
    }

    private static string Describe(LocalPipelineStore store, IngestionRecord record)
    {
        var details = $"{record.Kind ?? "type non reconnu"}, {record.Rows} ligne(s), {record.Warnings} avertissement(s)";
        var verdict = record.Outcome switch
        {
            IngestionOutcome.Accepted when record.UnitsSuperseded.Count > 0 =>
                $"accepté     {record.SourcePath} ({details} ; {record.UnitsSuperseded.Count} unité(s) déjà remplacée(s) par un dépôt plus récent)",
            IngestionOutcome.Accepted => $"accepté     {record.SourcePath} ({details})",
            IngestionOutcome.Unchanged => $"inchangé    {record.SourcePath} (contenu identique à un dépôt déjà intégré)",
            IngestionOutcome.Superseded => $"dépassé     {record.SourcePath} (toutes ses unités ont été remplacées par un dépôt plus récent)",
            IngestionOutcome.Rejected => $"refusé      {record.SourcePath} ({record.Errors} erreur(s), {record.Warnings} avertissement(s))",
            _ => $"échec       {record.SourcePath} ({record.FailureMessage})",
        };
        return record.ReportPath is null ? verdict : $"{verdict}\n            rapport : {store.Describe("reports", Path.ChangeExtension(record.ReportPath, ".html"))}";
    }
}

/// <summary>A local file to ingest, and the path it takes in the uploads area.</summary>
public sealed record UploadSource(string FilePath, string UploadPath);

internal static class UploadSources
{
    /// <summary>
    /// Files under each folder (the folder is the uploads root, so its first level is the region),
    /// and single files placed under <c>{region}/</c>. Null with the reason when the command is wrong.
    /// </summary>
    public static IReadOnlyList<UploadSource>? Collect(IEnumerable<string> paths, string? region, out string? problem)
    {
        var sources = new List<UploadSource>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                sources.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Select(f => new UploadSource(f, Path.GetRelativePath(root, f).Replace('\\', '/')))
                    .OrderBy(s => s.UploadPath, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                if (region is null || AdministrativeReference.Embedded.FindRegion(region.Trim()) is not { } known)
                {
                    problem = region is null
                        ? $"« {path} » est un fichier isolé : précisez sa région avec --region CODE (par ex. --region 93)."
                        : $"Région inconnue : « {region} » (code INSEE attendu, par ex. 93).";
                    return null;
                }
                sources.Add(new UploadSource(Path.GetFullPath(path), $"{known.Code}/{Path.GetFileName(path)}"));
            }
            else
            {
                problem = $"Chemin introuvable : {path}";
                return null;
            }
        }
        problem = null;
        return sources;
    }
}
