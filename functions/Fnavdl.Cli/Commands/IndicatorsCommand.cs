using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Reference;
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
        var command = new Command("indicators", "Calcule les indicateurs nationaux (national, région, appel), écrit gold/indicateurs/annee=…/indicateurs.parquet et les affiche.")
        {
            year, store, region, format,
        };
        command.SetAction(async (parsed, ct) => await RunAsync(console, new LocalPipelineStore(parsed.GetValue(store)!.FullName),
            parsed.GetValue(year), parsed.GetValue(region), parsed.GetValue(format)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, LocalPipelineStore store, int? year, string? region, string format, CancellationToken ct)
    {
        string? code = null;
        if (region is not null)
        {
            code = AdministrativeReference.Embedded.FindRegion(region)?.Code;
            if (code is null)
            {
                console.Error.WriteLine($"Région inconnue : « {region} » (code INSEE attendu, par ex. 93).");
                return ExitCodes.Usage;
            }
        }
        var engine = new IndicatorEngine();
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

    private static readonly string[] Columns =
        ["annee", "perimetre", "code_region", "appel_a_projets", "indicateur", "dimension", "valeur", "numerateur", "denominateur", "unite"];

    private static string?[] Cells(IndicatorRow r, Func<double, string> number) =>
    [
        r.Annee.ToString(CultureInfo.InvariantCulture), r.Perimetre, r.CodeRegion, r.AppelAProjets, r.Indicateur, r.Dimension,
        number(r.Valeur), r.Numerateur is { } n ? number(n) : null, r.Denominateur is { } d ? number(d) : null, r.Unite,
    ];

    private static void WriteTable(TextWriter output, IReadOnlyList<IndicatorRow> rows) =>
        TextTable.Write(output, Columns, [.. rows.Select(r => Cells(r, v => v.ToString("#,0.######", CultureInfo.InvariantCulture)))],
            [true, false, false, false, false, false, true, true, true, false]);

    public static void WriteJson(TextWriter output, IReadOnlyList<IndicatorRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var r in rows)
            {
                json.WriteStartObject();
                json.WriteNumber("annee", r.Annee);
                json.WriteString("perimetre", r.Perimetre);
                json.WriteString("code_region", r.CodeRegion);
                json.WriteString("appel_a_projets", r.AppelAProjets);
                json.WriteString("indicateur", r.Indicateur);
                json.WriteString("dimension", r.Dimension);
                json.WriteNumber("valeur", r.Valeur);
                WriteOptional(json, "numerateur", r.Numerateur);
                WriteOptional(json, "denominateur", r.Denominateur);
                json.WriteString("unite", r.Unite);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    /// <summary>
    /// For Excel in French: a BOM so it reads UTF-8, ';' between fields and a decimal comma (what a French
    /// Excel expects on opening a .csv), numbers unrounded. Fields with ';', quotes or line breaks are quoted.
    /// </summary>
    public static void WriteCsv(TextWriter output, IReadOnlyList<IndicatorRow> rows)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        output.Write('\uFEFF');
        output.Write(string.Join(';', Columns) + "\r\n");
        foreach (var r in rows)
            output.Write(string.Join(';', Cells(r, v => v.ToString("R", french)).Select(Quote)) + "\r\n");
    }

    private static string Quote(string? cell) =>
        cell is null ? ""
        : cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\""
        : cell;
}
