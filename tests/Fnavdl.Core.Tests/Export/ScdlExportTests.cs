using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Fnavdl.Cli;
using Fnavdl.Core.Export;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Export;

/// <summary>
/// `fnavdl export scdl` on the ingested samples, read back by DuckDB and checked against the rules of
/// the SCDL « subventions » 2.1.1 schema (its schema.json: required fields, patterns, enums, ranges).
/// </summary>
public sealed partial class ScdlExportTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    /// <summary>The schema's fields, in its order (schema.json v2.1.1).</summary>
    private static readonly string[] SchemaColumns =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
        "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE",
        "notificationUE", "pourcentageSubvention", "dispositifAide",
    ];

    /// <summary>Columns the lake cannot fill: documented as empty in the README.</summary>
    private static readonly string[] LeftEmpty =
        ["idAttribuant", "referenceDecision", "rnaBeneficiaire", "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE"];

    private string Projets => DuckDb.Table(samples.Store.Store.Curated.Root, "projets");

    private async Task<(int Code, string Out, string Err, string File)> ExportAsync(params string[] extra)
    {
        var file = Path.Combine(samples.Store.Root, "exports", $"scdl-{Guid.NewGuid():N}.csv");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FnavdlCommandLine.RunAsync(
            ["export", "scdl", "--year", "2021", "--store", samples.Store.Root, "--out", file, .. extra], output, error);
        return (code, output.ToString(), error.ToString(), file);
    }

    private static List<Dictionary<string, string>> ReadBack(string file)
    {
        var columns = string.Join(", ", SchemaColumns.Select(c => $"coalesce(\"{c}\", '')"));
        var rows = DuckDb.Run($"select {columns} from read_csv('{file}', delim = ',', header = true, all_varchar = true, quote = '\"', escape = '\"')");
        return [.. rows.Select(r => SchemaColumns.Select((c, i) => (c, v: (string)r[i]!)).ToDictionary(p => p.c, p => p.v))];
    }

    [Fact]
    public async Task The_file_has_the_schema_columns_in_its_order_as_UTF8_comma_separated_CSV()
    {
        var (code, _, _, file) = await ExportAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        Assert.Equal(string.Join(",", SchemaColumns), text[..text.IndexOf("\r\n", StringComparison.Ordinal)]);
        Assert.Equal(SchemaColumns, ScdlSubventions.Columns);
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.GetDirectoryName(file)!), f => f.EndsWith(".partiel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_row_per_project_and_the_amounts_add_up_to_the_lake_s_total()
    {
        var (_, output, _, national) = await ExportAsync();
        var (_, _, _, paca) = await ExportAsync("--region", "93");

        var lake = DuckDb.Run($"select count(*), sum(montant_accorde), count(*) filter (where code_region = '93'), sum(montant_accorde) filter (where code_region = '93') from {Projets} where annee = 2021")[0];
        var all = ReadBack(national);
        var region = ReadBack(paca);
        Assert.Equal(Convert.ToInt32(lake[0], CultureInfo.InvariantCulture), all.Count);
        Assert.Equal(Convert.ToDecimal(lake[1], CultureInfo.InvariantCulture), all.Sum(r => decimal.Parse(r["montant"], CultureInfo.InvariantCulture)));
        Assert.Equal(67, region.Count);
        Assert.Equal(5_300_000.00m, region.Sum(r => decimal.Parse(r["montant"], CultureInfo.InvariantCulture)));
        Assert.Equal(Convert.ToDecimal(lake[3], CultureInfo.InvariantCulture), region.Sum(r => decimal.Parse(r["montant"], CultureInfo.InvariantCulture)));
        Assert.Contains($"{all.Count} subvention(s) 2021", output);
    }

    [Fact]
    public async Task Every_value_keeps_the_schema_s_formats_and_vocabularies()
    {
        var (_, _, _, file) = await ExportAsync();

        foreach (var row in ReadBack(file))
        {
            Assert.Matches(Montant(), row["montant"]);
            Assert.Contains(row["nature"], new[] { "aide en numéraire", "aide en nature", "aide en numéraire;aide en nature", "aide en nature;aide en numéraire" });
            var pourcentage = decimal.Parse(row["pourcentageSubvention"], CultureInfo.InvariantCulture);
            Assert.InRange(pourcentage, 0.01m, 1m);
            Assert.True(row["objet"].Length <= 256);
            if (row["dateConvention"].Length > 0)
                Assert.True(DateOnly.TryParseExact(row["dateConvention"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), row["dateConvention"]);
            if (row["idBeneficiaire"].Length > 0)
                Assert.True(Siret().IsMatch(row["idBeneficiaire"]) && Luhn(row["idBeneficiaire"]), row["idBeneficiaire"]);
            foreach (var filled in new[] { "nomAttribuant", "nomBeneficiaire", "objet", "montant", "nature", "pourcentageSubvention", "dispositifAide" })
                Assert.False(string.IsNullOrEmpty(row[filled]), filled);
            foreach (var empty in LeftEmpty)
                Assert.Equal("", row[empty]);
        }
    }

    [Fact]
    public async Task The_lake_s_values_land_in_their_columns()
    {
        var (_, _, _, file) = await ExportAsync();
        var rows = ReadBack(file);
        var lake = DuckDb.Run($"select code_region, porteur, intitule, strftime(date_decision, '%Y-%m-%d'), siren_porteur from {Projets} where annee = 2021");

        var expected = lake.Select(project =>
        {
            var attribuant = (string)project[0]! switch
            {
                "11" => "DRIEETS Île-de-France",
                "93" => "DREETS Provence-Alpes-Côte d'Azur",
                "84" => "DREETS Auvergne-Rhône-Alpes",
                var other => $"DREETS {AdministrativeReference.Embedded.FindRegion(other)!.Nom}",
            };
            // A SIRET is the beneficiary's id; a SIREN (9 digits) is not padded into one.
            var siret = project[4] is string { Length: 14 } s ? s : "";
            return string.Join("¦", attribuant, (string?)project[3] ?? "", (string)project[1]!, siret, (string)project[2]!, "FNAVDL");
        }).Order(StringComparer.Ordinal);
        var exported = rows.Select(r => string.Join("¦", r["nomAttribuant"], r["dateConvention"], r["nomBeneficiaire"], r["idBeneficiaire"], r["objet"], r["dispositifAide"]))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, exported);
        Assert.Contains(lake, p => p[4] is string { Length: 9 });
        Assert.Contains(lake, p => p[4] is string { Length: 14 });
    }

    [Fact]
    public async Task The_command_says_which_required_columns_stay_empty_and_refuses_an_unknown_region()
    {
        var (code, _, error, _) = await ExportAsync("--region", "93");
        var (unknown, _, unknownError, _) = await ExportAsync("--region", "99");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("idAttribuant (67 ligne(s))", error);
        Assert.Contains("conditionsVersement", error);
        Assert.Contains("SIREN seulement", error);
        Assert.Equal(ExitCodes.Usage, unknown);
        Assert.Contains("Région inconnue", unknownError);
    }

    [Fact]
    public async Task Text_is_quoted_where_CSV_needs_it_kept_as_written_and_objet_cut_to_256_characters()
    {
        using var store = new TempStore();
        var longTitle = "Accompagnement " + new string('x', 300);
        var csv = "annee;appel_a_projets;id_projet;intitule;porteur;type_porteur;thematiques;departements;montant_accorde;siren_porteur\n"
            + "2021;AAP 1;P-1;\"Logement, \"\"d'abord\"\"\";Association A;association;DALO;13;1000,50;\n"
            + $"2021;AAP 1;P-2;{longTitle};=SOMME(A1);association;DALO;13;2000;\n";
        var record = await store.IngestAsync("93/projets.csv", csv);
        Assert.Equal(Fnavdl.Core.Storage.IngestionOutcome.Accepted, record.Outcome);
        using var output = new MemoryStream();

        var summary = await new ScdlExport(store.Store.Curated, store.Store.Units, AdministrativeReference.Embedded).WriteAsync(2021, null, output);
        var file = Path.Combine(store.Root, "scdl.csv");
        await File.WriteAllBytesAsync(file, output.ToArray());
        var rows = ReadBack(file);

        Assert.Contains("\"Logement, \"\"d'abord\"\"\"", Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal("Logement, \"d'abord\"", rows[0]["objet"]);
        Assert.Equal("=SOMME(A1)", rows[1]["nomBeneficiaire"]);
        Assert.Equal(256, rows[1]["objet"].Length);
        Assert.EndsWith("x…", rows[1]["objet"]);
        Assert.Equal(("1000.50", "2000.00"), (rows[0]["montant"], rows[1]["montant"]));
        Assert.Equal("", rows[0]["dateConvention"]);
        Assert.Equal((2, 3000.50m, 1, 2), (summary.Rows, summary.MontantTotal, summary.ObjetsShortened, summary.RequiredLeftEmpty["dateConvention"]));
    }

    [Fact]
    public async Task A_unit_switched_while_the_export_reads_it_is_exported_whole_in_its_new_version_never_left_out()
    {
        using var store = new TempStore();
        await store.Ingestion.IngestAsync(await store.UploadAsync("93/v1.csv", UnitSwitch.OneV1, TempStore.T0));
        var v2 = await store.UploadAsync("93/v2.csv", UnitSwitch.OneV2, TempStore.T0.AddMinutes(1));
        // v2 is committed (and v1's files deleted) just before the export opens v1's file.
        var switching = new BeforeFirstRead(store.Store.Curated, () => store.Ingestion.IngestAsync(v2));
        using var output = new MemoryStream();

        var summary = await new ScdlExport(switching, store.Store.Units, AdministrativeReference.Embedded).WriteAsync(2021, null, output);

        Assert.True(switching.Fired);
        Assert.Equal((UnitSwitch.ProjetsV2, UnitSwitch.MontantV2), (summary.Rows, summary.MontantTotal));
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    [GeneratedRegex(@"^\d+\.\d{2}$")]
    private static partial Regex Montant();

    [GeneratedRegex(@"^\d{14}$")]
    private static partial Regex Siret();
}
