using System.CommandLine;
using System.Text;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Commands;

/// <summary>
/// `fnavdl indicators [--year YYYY] [--store DIR] [--region CODE] [--format table|json|csv|xlsx] [--out FILE]`:
/// computes the indicators of indicators.md, writes the gold files of each year, then prints them.
/// </summary>
internal static class IndicatorsCommand
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static Command Create(CliConsole console, CliHost host)
    {
        var year = StoreOptions.Year("Année de programme (par ex. 2021), parmi celles des données ; par défaut toutes les années présentes.");
        var store = StoreOptions.Store();
        var region = new Option<string>("--region") { Description = "N'afficher que cette région (code INSEE, nom ou sigle, par ex. 93 ou PACA) : périmètres région et appel." };
        var format = new Option<string>("--format")
        {
            Description = "table (par défaut, lisible dans un terminal), json (noms de colonnes de la spécification), csv (« ; », UTF-8 avec BOM, virgule décimale, libellés à côté des codes, pour Excel) ou xlsx (classeur, avec --out).",
            DefaultValueFactory = _ => Table,
        };
        format.AcceptOnlyFromAmong(Table, Json, Csv, Xlsx);
        var output = new Option<FileInfo?>("--out") { Description = "Écrit le résultat dans ce fichier au lieu de l'afficher (obligatoire avec --format xlsx).", HelpName = "fichier" };
        var connection = StoreOptions.Connection();
        var cache = AzureLakeCache.CacheOption();
        var command = new Command("indicators", "Calcule les indicateurs nationaux (national, région, appel), écrit gold/indicateurs/annee=…/indicateurs.parquet (et les tables regions et thematiques) et les affiche. Avec --connection, calcule sur une copie locale des données intégrées dans Azure.")
        {
            year, store, region, format, output, connection, cache,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var chosen = parsed.GetValue(format)!;
            var file = parsed.GetValue(output);
            if (chosen == Xlsx && file is null)
            {
                console.Error.WriteLine("Le format xlsx s'écrit dans un fichier : ajoutez --out FICHIER.xlsx.");
                return ExitCodes.Usage;
            }
            string? code = null;
            if (parsed.GetValue(region) is { } asked && (code = RegionNames.Resolve(asked, host.Reference, console)) is null) return ExitCodes.Usage;
            if (await AzureLakeCache.CuratedStoreAsync(console, parsed, store, connection, cache, ct) is not { } local) return ExitCodes.Usage;
            return await RunAsync(console, host.Pipeline(local), local, parsed.GetValue(year), code, chosen, file, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, PipelineServices pipeline, LocalPipelineStore store, int? year, string? code, string format, FileInfo? file, CancellationToken ct)
    {
        if (await StoreFolder.YearsAsync(pipeline, store, year, console, ct) is not { } years) return ExitCodes.Usage;
        var engine = pipeline.Indicators;
        var rows = new List<IndicatorRow>();
        foreach (var annee in years)
        {
            var computed = await engine.ComputeAndWriteAsync(store, annee, ct);
            rows.AddRange(code is null ? computed : computed.Where(r => r.CodeRegion == code));
        }
        var written = string.Join(", ", years.Select(a => store.Gold.FullPath(GoldLayout.IndicateursFile(a))));
        if (file is not null)
        {
            await File.WriteAllBytesAsync(file.FullName, format switch
            {
                Xlsx => IndicatorWorkbook.Render(rows),
                Csv => IndicatorExport.ToCsv(rows),
                Json => IndicatorExport.ToJson(rows),
                _ => Encoding.UTF8.GetBytes(IndicatorTable.Render(rows)),
            }, ct);
            console.Out.WriteLine($"{rows.Count} indicateur(s) écrit(s) dans {file.FullName}");
            return ExitCodes.Ok;
        }
        switch (format)
        {
            case Json:
                console.Out.Write(Encoding.UTF8.GetString(IndicatorExport.ToJson(rows)));
                console.Out.WriteLine();
                break;
            // The same bytes as the HTTP API's CSV.
            case Csv:
                IndicatorExport.WriteCsv(console.Out.Document, rows);
                console.Out.Flush();
                break;
            default:
                console.Out.Write(IndicatorTable.Render(rows));
                console.Error.WriteLine($"Écrit : {written}");
                break;
        }
        return ExitCodes.Ok;
    }
}
