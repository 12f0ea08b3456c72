using Fnavdl.Core.Indicators;
using Fnavdl.Core.Spreadsheets;

namespace Fnavdl.Cli.Tests;

/// <summary>
/// The indicators' CSV and XLSX as a French user opens them: read back by LibreOffice Calc, with
/// formulas evaluated as Excel does. Free text typed by a region never becomes a live formula; codes keep
/// their labels (CSV) or stay text (XLSX); figures, negative ones included, stay numbers.
/// </summary>
public sealed class SpreadsheetExportTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fnavdl-export-tests", Guid.NewGuid().ToString("N"));

    public SpreadsheetExportTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>Call names as a hostile (or unlucky) region types them.</summary>
    private static readonly string[] Hostile =
        ["=HYPERLINK(\"http://exemple.invalid\";\"clic\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\t=1+1", "\r=1+1"];

    // Calc stores a carriage return inside a cell as a line feed.
    private static IEnumerable<string> Inert => Hostile.Select(h => "'" + h.Replace('\r', '\n'));

    private static IReadOnlyList<IndicatorRow> Rows() =>
    [
        new(2021, Perimetres.Region, "01", null, Indicateurs.NbProjets, null, 3, null, null, Unites.Projets),
        .. Hostile.Select((appel, i) => new IndicatorRow(2021, Perimetres.Appel, "06", appel, Indicateurs.TauxCoPortage, null, 0.25 + i, 1, 4, Unites.Ratio)),
        new(2021, Perimetres.Region, "93", null, Indicateurs.MontantThematique, "sante_mentale", -12.5, null, null, Unites.Euros),
    ];

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("AAP 2021 = lot 2", "AAP 2021 = lot 2")]
    [InlineData("", "")]
    public void Text_that_a_spreadsheet_would_evaluate_gets_a_leading_quote(string text, string cell) =>
        Assert.Equal(cell, SpreadsheetText.Cell(text));

    [Fact]
    public async Task Csv_opened_in_Calc_has_no_live_formula_labels_beside_codes_and_numbers_as_numbers()
    {
        var file = Path.Combine(_work, "indicateurs.csv");
        await File.WriteAllBytesAsync(file, IndicatorExport.ToCsv(Rows()));

        var table = await LibreOfficeCalc.OpenTableAsync(file);

        Assert.Equal(Rows().Count, table.Count);
        Assert.All(table, row => Assert.All(row.Values, cell => Assert.Null(cell.Formula)));
        var appels = table.Where(r => r.ContainsKey("appel_a_projets")).Select(r => r["appel_a_projets"].Text).ToList();
        Assert.Equal(Inert, appels);
        Assert.Equal(["Guadeloupe", .. Hostile.Select(_ => "Mayotte"), "Provence-Alpes-Côte d'Azur"],
            table.Select(r => r["libelle_region"].Text));
        var theme = table[^1];
        Assert.Equal("sante_mentale", theme["dimension"].Text);
        Assert.Equal("Santé mentale", theme["libelle_dimension"].Text);
        Assert.Equal(-12.5, theme["valeur"].Number);
        Assert.Equal(0.25, table[1]["valeur"].Number);
        Assert.Equal(4, table[1]["denominateur"].Number);
    }

    [Fact]
    public async Task Xlsx_opened_in_Calc_keeps_codes_as_text_and_figures_as_numbers()
    {
        var file = Path.Combine(_work, "indicateurs.xlsx");
        await File.WriteAllBytesAsync(file, IndicatorWorkbook.Render(Rows()));

        var table = await LibreOfficeCalc.OpenTableAsync(file);

        Assert.Equal(Rows().Count, table.Count);
        Assert.All(table, row => Assert.All(row.Values, cell => Assert.Null(cell.Formula)));
        Assert.Equal("01", table[0]["code_region"].Text);
        Assert.Null(table[0]["code_region"].Number);
        Assert.Equal("Guadeloupe", table[0]["libelle_region"].Text);
        Assert.Equal(2021, table[0]["annee"].Number);
        Assert.Equal(3, table[0]["valeur"].Number);
        Assert.Equal(Inert, table.Where(r => r.ContainsKey("appel_a_projets")).Select(r => r["appel_a_projets"].Text));
        Assert.Equal(-12.5, table[^1]["valeur"].Number);
        Assert.Equal("Santé mentale", table[^1]["libelle_dimension"].Text);
    }
}
