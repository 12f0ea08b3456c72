using System.CommandLine;
using System.Globalization;
using Fnavdl.Core.Export;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Commands;

/// <summary>
/// `fnavdl export scdl --year YYYY [--region CODE] [--store DIR | --connection C] --out F.csv`: the
/// year's grants as the State's open-data standard for subsidies (SCDL « subventions »), one row per project.
/// </summary>
internal static class ExportCommand
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static Command Create(CliConsole console, CliHost host) => new("export", "Exporte les données intégrées dans un format standard de l'open data public.")
    {
        Scdl(console, host),
    };

    private static Command Scdl(CliConsole console, CliHost host)
    {
        var year = new Option<int>("--year") { Description = "Année de programme exportée (par ex. 2021).", Required = true };
        var region = new Option<string?>("--region") { Description = "N'exporter que cette région (code INSEE, par ex. 93)." };
        var output = new Option<FileInfo>("--out") { Description = "Fichier CSV à écrire (remplacé s'il existe).", Required = true };
        var store = StoreOptions.Store();
        var connection = StoreOptions.Connection();
        var cache = AzureLakeCache.CacheOption();
        var command = new Command("scdl",
            $"Écrit les subventions FNAVDL de l'année au format SCDL « subventions » {ScdlSubventions.SchemaVersion} (schema.data.gouv.fr) : "
            + "CSV séparé par des virgules, UTF-8, une ligne par projet, les colonnes que le lac ne connaît pas laissées vides.")
        {
            year, region, output, store, connection, cache,
        };
        command.SetAction(async (parsed, ct) =>
        {
            string? code = null;
            if (parsed.GetValue(region) is { } asked && (code = RegionNames.Resolve(asked, host.Reference, console)) is null) return ExitCodes.Usage;
            if (await AzureLakeCache.CuratedStoreAsync(console, parsed, store, connection, cache, ct) is not { } local) return ExitCodes.Usage;
            return await RunAsync(console, host.Pipeline(local), local, parsed.GetValue(year), code, parsed.GetValue(output)!, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, PipelineServices services, LocalPipelineStore store, int annee, string? code, FileInfo output, CancellationToken ct)
    {

        // Written next to the target, then moved over it: a killed export never leaves half a file.
        var folder = output.Directory ?? new DirectoryInfo(".");
        folder.Create();
        var partial = Path.Combine(folder.FullName, $".{output.Name}.{Guid.NewGuid():N}.partiel");
        ScdlExportSummary summary;
        try
        {
            await using (var file = File.Create(partial))
                summary = await new ScdlExport(store.Curated, store.Units, services.Reference).WriteAsync(annee, code, file, ct);
            File.Move(partial, output.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        var scope = code is null ? "" : $" (région {code})";
        if (summary.Rows == 0)
            console.Error.WriteLine($"Aucun projet intégré pour {annee}{scope} : le fichier ne contient que l'en-tête.");
        console.Out.WriteLine($"{summary.Rows.ToString("N0", French)} subvention(s) {annee}{scope}, "
            + $"{summary.MontantTotal.ToString("N2", French)} € au total, au format SCDL subventions {ScdlSubventions.SchemaVersion} : {output.FullName}");
        var empty = summary.RequiredLeftEmpty.Where(c => c.Value > 0).Select(c => $"{c.Key} ({c.Value.ToString("N0", French)} ligne(s))").ToList();
        if (empty.Count > 0)
        {
            console.Error.WriteLine("Colonnes obligatoires du schéma laissées vides, faute de les connaître : "
                + string.Join(", ", empty) + ". Complétez-les avant de publier le fichier (voir le README, « Export SCDL »).");
        }
        if (summary.SirenOnly > 0)
            console.Error.WriteLine($"{summary.SirenOnly.ToString("N0", French)} porteur(s) identifié(s) par un SIREN seulement : idBeneficiaire est vide, le schéma demande un SIRET (14 chiffres).");
        if (summary.ObjetsShortened > 0)
            console.Error.WriteLine($"{summary.ObjetsShortened.ToString("N0", French)} intitulé(s) de plus de {ScdlSubventions.ObjetMaxLength} caractères raccourci(s) dans « objet ».");
        return ExitCodes.Ok;
    }
}
