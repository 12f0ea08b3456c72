using System.Data;
using System.Text;
using ExcelDataReader;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Summary;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Summary;

/// <summary>The summary of the bundled samples (2021), published to a local store.</summary>
public sealed class SampleSummaryTests : IClassFixture<SampleSummaryTests.PublishedSamples>
{
    private readonly PublishedSamples _p;

    public SampleSummaryTests(PublishedSamples published) => _p = published;

    public sealed class PublishedSamples : IAsyncLifetime
    {
        public TempStore Store { get; } = new();
        public PublishedSummary Published { get; private set; } = null!;
        public IReadOnlyList<IndicatorRow> Engine { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await Store.IngestSamplesAsync();
            Published = await TestServices.Summary(Store.Store).PublishAsync(2021);
            Engine = await TestServices.Indicators().ComputeAsync(Store.Store, 2021);
        }

        public byte[] Bytes(string path) => File.ReadAllBytes(Store.Store.Syntheses.FullPath(path));

        public Task DisposeAsync()
        {
            Store.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void Every_number_of_the_JSON_is_the_indicator_engines()
    {
        var json = SummaryJson.Read(_p.Bytes(SummaryLayout.Json(2021)));
        var engine = _p.Engine.Where(r => r.Perimetre != Perimetres.Appel).ToList();
        Assert.Equal(engine.Count, json.Chiffres.Count);
        foreach (var (row, figure) in engine.Zip(json.Chiffres))
        {
            Assert.Equal((row.CodeRegion, row.Indicateur, row.Dimension, row.Unite), (figure.CodeRegion, figure.Indicateur, figure.Dimension, figure.Unite));
            Assert.Equal(row.Valeur, figure.Valeur);
            Assert.Equal(row.Numerateur, figure.Numerateur);
            Assert.Equal(row.Denominateur, figure.Denominateur);
        }
        Assert.Equal(67, json.Region("93", Indicateurs.NbProjets)!.Valeur);
        Assert.Equal(5_300_000, json.Region("93", Indicateurs.MontantAccordeTotal)!.Valeur);
    }

    [Fact]
    public void Region_93_shows_67_projects_and_5_3_million_euros_in_the_page_and_the_workbook()
    {
        var html = Encoding.UTF8.GetString(_p.Bytes(SummaryLayout.Html(2021)));
        var row93 = html.Split('\n').First(l => l.StartsWith("<tr><td>93</td>", StringComparison.Ordinal));
        Assert.Contains(">67</td>", row93);
        Assert.Contains(">5\u202F300\u202F000\u00A0€</td>", row93);

        var regions = Sheets()["Régions"];
        var r93 = regions.Rows.Cast<DataRow>().Single(r => r[0] as string == "93");
        Assert.Equal(67d, Assert.IsType<double>(r93[2]));
        Assert.Equal(5_300_000d, Assert.IsType<double>(r93[3]));
    }

    [Fact]
    public void Workbook_has_one_sheet_per_table_with_headers_and_numeric_cells()
    {
        var sheets = Sheets();
        Assert.Equal([SummaryWorkbook.NotesSheet, "Chiffres clés", "Régions", "Co-portage et EPCI", "Évolution", "Thématiques", "Thématiques par région", "Qualité des données", "Lignage", "Définitions"], sheets.Keys);
        Assert.Equal("Indicateur", sheets["Chiffres clés"].Rows[0][0]);
        Assert.Equal("Code", sheets["Régions"].Rows[0][0]);
        var national = sheets["Chiffres clés"].Rows.Cast<DataRow>().Single(r => r[0] as string == SummaryDefinitions.Label(Indicateurs.NbProjets));
        Assert.Equal(_p.Engine.Single(r => r.Perimetre == Perimetres.National && r.Indicateur == Indicateurs.NbProjets).Valeur, Assert.IsType<double>(national[1]));
        Assert.Equal(18, sheets["Qualité des données"].Rows.Count - 1);
    }

    [Fact]
    public void Small_household_counts_are_masked_in_the_page_and_workbook_but_exact_in_JSON()
    {
        var small = _p.Published.Summary.Chiffres
            .Where(f => f.Perimetre == Perimetres.Region && f.Unite == Unites.Menages && f.Valeur < SmallCells.Threshold).ToList();
        var html = Encoding.UTF8.GetString(_p.Bytes(SummaryLayout.Html(2021)));
        Assert.Contains("Secret statistique", html);
        var regions = Sheets()["Régions"];
        foreach (var f in small)
        {
            var row = regions.Rows.Cast<DataRow>().Single(r => r[0] as string == f.CodeRegion);
            var column = 2 + Array.IndexOf(new[] { Indicateurs.NbProjets, Indicateurs.MontantAccordeTotal, Indicateurs.Enveloppe, Indicateurs.TauxEngagement, Indicateurs.MenagesPrevusTotal, Indicateurs.MenagesAccompagnes }, f.Indicateur);
            if (column >= 2) Assert.Equal("< 11", row[column]);
        }
        var json = SummaryJson.Read(_p.Bytes(SummaryLayout.Json(2021)));
        foreach (var f in small)
            Assert.Equal(f.Valeur, json.Region(f.CodeRegion!, f.Indicateur)!.Valeur);
    }

    [Fact]
    public async Task Publishing_twice_writes_identical_files()
    {
        var first = _p.Published.Paths.ToDictionary(p => p, _p.Bytes);
        var again = await TestServices.Summary(_p.Store.Store).PublishAsync(2021);
        Assert.Equal(first.Keys, again.Paths);
        foreach (var path in again.Paths)
            Assert.True(first[path].AsSpan().SequenceEqual(_p.Bytes(path)), $"{path} changed between two runs");
    }

    [Fact]
    public void Data_quality_lists_the_18_regions_and_the_lineage_names_current_versions()
    {
        var s = _p.Published.Summary;
        Assert.Equal(18, s.Qualite.Count);
        var q93 = s.Qualite.Single(q => q.CodeRegion == "93");
        Assert.True(q93.Declarante);
        Assert.NotNull(q93.DernierFichierAccepteLe);
        Assert.NotEmpty(s.Lignage);
        Assert.All(s.Lignage, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
        Assert.Equal(s.Lignage.Max(f => f.TraiteLe), s.DonneesArreteesAu);
    }

    private Dictionary<string, DataTable> Sheets()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = new MemoryStream(_p.Bytes(SummaryLayout.Xlsx(2021)));
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var sheets = new Dictionary<string, DataTable>();
        do
        {
            var table = new DataTable(reader.Name);
            for (var c = 0; c < reader.FieldCount; c++) table.Columns.Add($"c{c}", typeof(object));
            while (reader.Read())
                table.Rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
            sheets.Add(reader.Name, table);
        } while (reader.NextResult());
        return sheets;
    }
}
