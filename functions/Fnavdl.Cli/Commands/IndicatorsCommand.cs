using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Commands;

/// <summary>
/// `fnavdl indicators [--year YYYY] [--store DIR] [--region CODE] [--format table|json|csv]`: computes the
/// indicators of indicators.md, writes the gold file of each year, then prints them.
/// </summary>
internal static class IndicatorsCommand
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Csv = "csv";

    public static Command Create(CliConsole console)
    {
        var year = new Option<int?>("--year") { Description = "Année de programme (par ex. 2021) ; par défaut toutes les années présentes." };
        var store = StoreOptions.Store();
        var region = new Option<string>("--region") { Description = "N'afficher que cette région (code INSEE, par ex. 93) : périmètres région et appel." };
        var format = new Option<string>("--format")
        {
            Description = "table (par défaut), json (tableau d'objets aux noms de colonnes de la spécification) ou csv (« ; », UTF-8 avec BOM, virgule décimale, pour Excel).",
            DefaultValueFactory = _ => Table,
        };
        format.AcceptOnlyFromAmong(Table, Json, Csv);
        var connection = StoreOptions.Connection();
        var cache = AzureLakeCache.CacheOption();
        var command = new Command("indicators", "Calcule les indicateurs nationaux (national, région, appel), écrit gold/indicateurs/annee=…/indicateurs.parquet et les affiche. Avec --connection, calcule sur une copie locale des données intégrées dans Azure.")
        {
            year, store, region, format, connection, cache,
        };
        command.SetAction(async (parsed, ct) => await RunAsync(console,
            await AzureLakeCache.CuratedStoreAsync(console, parsed, store, connection, cache, ct),
            parsed.GetValue(year), parsed.GetValue(region), parsed.GetValue(format)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, LocalPipelineStore store, int? year, string? region, string format, CancellationToken ct)
    {
        var services = new PipelineServices(store);
        if (!RegionFilter.TryResolve(console, services.Reference, region, out var code)) return ExitCodes.Usage;
        var engine = services.Indicators;
        var years = year is { } y ? [y] : await engine.YearsAsync(store.Curated, ct);
        if (years.Count == 0)
        {
            console.Error.WriteLine($"Aucune donnée intégrée dans {store.Curated.Root} : lancez d'abord fnavdl ingest (ou fnavdl demo).");
            return ExitCodes.Usage;
        }
        var rows = new List<IndicatorRow>();
        foreach (var annee in years)
        {
            var computed = await engine.ComputeAndWriteAsync(store.Curated, store.Gold, annee, ct);
            if (computed.Count == 0) console.Error.WriteLine($"Aucune donnée pour {annee}.");
            rows.AddRange(code is null ? computed : computed.Where(r => r.CodeRegion == code));
        }
        switch (format)
        {
            case Json: WriteJson(console.Out, rows); break;
            case Csv: WriteCsv(console.Out, rows); break;
            default:
                WriteTable(console.Out, rows);
                console.Error.WriteLine($"Écrit : {string.Join(", ", years.Select(a => store.Gold.FullPath(GoldLayout.IndicateursFile(a))))}");
                break;
        }
        return ExitCodes.Ok;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<IndicatorRow> rows) =>
        TextTable.Write(output, IndicatorExport.Columns, [.. rows.Select(r => IndicatorExport.Cells(r, v => v.ToString("#,0.######", CultureInfo.InvariantCulture)))],
            [true, false, false, false, false, false, true, true, true, false]);

    public static void WriteJson(TextWriter output, IReadOnlyList<IndicatorRow> rows) =>
        output.WriteLine(Encoding.UTF8.GetString(IndicatorExport.ToJson(rows)));

    /// <summary>See <see cref="IndicatorExport.WriteCsv"/>: the same bytes as the HTTP API's CSV.</summary>
    public static void WriteCsv(TextWriter output, IReadOnlyList<IndicatorRow> rows) => IndicatorExport.WriteCsv(output, rows);
}
