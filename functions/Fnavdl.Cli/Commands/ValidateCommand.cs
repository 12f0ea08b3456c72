using System.CommandLine;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Cli.Commands;

/// <summary>`fnavdl validate FILE --region CODE`: the region's check before uploading; writes nothing to any store.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console, CliHost host)
    {
        var file = new Argument<FileInfo>("fichier") { Description = $"Le fichier à valider ({Core.Schema.FileFormats.Names})." };
        var region = StoreOptions.Region();
        region.Description = "Région du fichier : code INSEE (par ex. 93), nom ou sigle (PACA).";
        region.Required = true;
        var report = new Option<FileInfo?>("--report")
        {
            HelpName = "fichier",
            Description = "Enregistre aussi le rapport complet dans ce fichier (.html ou .json).",
        };
        var command = new Command("validate", "Valide un fichier sans rien intégrer : affiche chaque erreur et avertissement. Code de sortie 0 si valide, 1 sinon.")
        {
            file, region, report,
        };
        command.SetAction(async (parsed, ct) =>
            await RunAsync(console, host, parsed.GetValue(file)!, parsed.GetValue(region)!, parsed.GetValue(report), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, CliHost host, FileInfo file, string regionCode, FileInfo? reportFile, CancellationToken ct)
    {
        var reference = host.Reference;
        if (!file.Exists)
        {
            console.Error.WriteLine($"Fichier introuvable : {file.FullName}");
            return ExitCodes.Usage;
        }
        if (RegionNames.Resolve(regionCode, reference, console) is not { } code) return ExitCodes.Usage;
        var region = reference.FindRegion(code)!;

        var validator = host.Validator();
        // The name is judged as `ingest` judges it, so the check before uploading predicts the outcome.
        var pathProblem = file.LinkTarget is not null
            ? IssueCatalog.CheminInvalide.LienSymbolique.Format(("Chemin", PrintableText.Of(file.Name)))
            : UploadPath.Problem($"{region.Code}/{file.Name}");
        ValidationReport result;
        if (pathProblem is not null)
        {
            result = new ValidationReport
            {
                SourcePath = PrintableText.Of(file.Name),
                CodeRegion = region.Code,
                ErrorCount = 1,
                Issues = [ValidationIssue.Of(pathProblem)],
                ReferenceSource = reference.Source,
            };
        }
        else
        {
            await using var content = file.OpenRead();
            // Without a store there are no curated projects to match `suivi` rows against: each
            // unknown project is a warning, never an error, so validation stays meaningful.
            result = await validator.ValidateAsync(content, $"{region.Code}/{file.Name}", region.Code,
                _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null, ct);
            result = result with { SourcePath = file.Name };
        }

        IssuePrinter.Print(console.Out, result);
        if (reportFile is not null)
        {
            var bytes = reportFile.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? ValidationReportJson.ToBytes(result)
                : ValidationReportHtml.ToBytes(result);
            await File.WriteAllBytesAsync(reportFile.FullName, bytes, ct);
            console.Out.WriteLine($"Rapport : {reportFile.FullName}");
        }
        return result.IsValid ? ExitCodes.Ok : ExitCodes.Rejected;
    }
}
