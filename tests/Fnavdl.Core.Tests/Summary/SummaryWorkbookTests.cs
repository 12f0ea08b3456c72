using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Summary;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Summary;

/// <summary>The summary's workbook read back with the Open XML SDK, as Excel and LibreOffice read it.</summary>
public sealed class SummaryWorkbookTests(SampleSummaryTests.PublishedSamples published) : IClassFixture<SampleSummaryTests.PublishedSamples>
{
    [Fact]
    public void The_first_sheet_carries_the_pages_notes_secrecy_targets_empty_cells_and_missing_regions()
    {
        using var book = Open(published.Bytes(SummaryLayout.Xlsx(2021)));
        var first = Sheets(book).First();
        Assert.Equal(SummaryWorkbook.NotesSheet, first.Name);
        var notes = Rows(book, first).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(SmallCells.Notice, notes["Secret statistique"]);
        Assert.Contains("un tiers", notes["Objectifs"]);
        Assert.Equal(SummaryTables.EmptyWhen, notes["Cellules vides"]);
        var missing = published.Published.Summary.Qualite.Where(q => !q.Declarante).ToList();
        Assert.NotEmpty(missing);
        Assert.All(missing, q => Assert.Contains($"{q.NomRegion} ({q.CodeRegion})", notes["Régions non déclarantes"]));
        Assert.Contains("UTC", notes["Heures"]);
    }

    [Fact]
    public void Every_sheet_prints_landscape_one_page_wide_with_its_header_row_repeated_and_filters()
    {
        using var book = Open(published.Bytes(SummaryLayout.Xlsx(2021)));
        var names = book.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        var sheets = Sheets(book).ToList();
        Assert.Equal(10, sheets.Count);
        for (var i = 0; i < sheets.Count; i++)
        {
            var worksheet = ((WorksheetPart)book.WorkbookPart.GetPartById(sheets[i].Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal((1u, 0u), (setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            var filter = worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value!;
            var rows = worksheet.Descendants<Row>().Count();
            Assert.Matches($"^A1:[A-Z]+{rows}$", filter);
            var quoted = $"'{sheets[i].Name}'";
            Assert.Contains(names, n => n.Name == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == (uint)i && n.Text == $"{quoted}!$1:$1");
        }
        Assert.Equal("FNAVDL — synthèse annuelle 2021", book.PackageProperties.Title);
        Assert.Equal("fr-FR", book.PackageProperties.Language);
    }

    [Fact]
    public void Themes_are_shown_with_their_French_labels_beside_their_codes()
    {
        using var book = Open(published.Bytes(SummaryLayout.Xlsx(2021)));
        var themes = Rows(book, Sheets(book).Single(s => s.Name == "Thématiques")).ToList();
        Assert.Equal(["Code thématique", "Thématique"], themes[0].Take(2));
        Assert.Contains(themes, r => r[0] == "sante_mentale" && r[1] == "Santé mentale");
        Assert.Contains(themes, r => r[0] == "gens_du_voyage" && r[1] == "Gens du voyage (sédentarisation)");
    }

    [Fact]
    public void A_rates_change_is_stored_in_points_and_times_say_UTC()
    {
        var summary = TwoYears(coPortage2021: 0.5, coPortage2020: 0.25);
        using var book = Open(SummaryWorkbook.Render(summary));
        var sheet = Sheets(book).Single(s => s.Name == "Évolution");
        var part = (WorksheetPart)book.WorkbookPart!.GetPartById(sheet.Id!);
        var headers = Rows(book, sheet).First();
        var cell = part.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ElementAt(headers.IndexOf("Écart (points)"));
        Assert.Equal("25", cell.CellValue!.Text);
        Assert.Equal("+0.0\\ \"pt\";-0.0\\ \"pt\";0.0\\ \"pt\"", FormatOf(book, cell));

        var lineage = Sheets(book).Single(s => s.Name == "Lignage");
        var date = ((WorksheetPart)book.WorkbookPart.GetPartById(lineage.Id!)).Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ElementAt(3);
        Assert.EndsWith("\\ \"UTC\"", FormatOf(book, date));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"clic\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1)")]
    [InlineData("\tTAB")]
    [InlineData("\rCR")]
    public void Text_a_region_typed_never_reaches_the_workbook_as_a_formula(string hostile)
    {
        var summary = TwoYears(0.5, 0.25) with
        {
            Lignage = [new SourceFile("93", hostile, new string('a', 64), Utc, Utc, 0, ["projets/annee=2021/code_region=93"])],
        };
        summary = summary with
        {
            Chiffres = [.. summary.Chiffres, new SummaryFigure(Perimetres.National, null, null, Indicateurs.PartProjetsThematique, hostile, 1, 1, 1, Unites.Ratio, null, null)],
        };
        using var book = Open(SummaryWorkbook.Render(summary));
        Assert.Empty(book.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var texts = book.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<InlineString>()).Select(t => t.InnerText).ToList();
        Assert.DoesNotContain(hostile, texts);
        // An XML reader (the SDK's, Excel's) reads a raw carriage return back as a line feed.
        Assert.Contains(texts, t => t == "'" + hostile || t == "'" + hostile.Replace('\r', '\n'));
        Assert.All(texts, t => Assert.False(t.Length > 0 && t[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"live cell {t}"));
    }

    private static readonly DateTimeOffset Utc = new(2022, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>One region with projects both years, co-portage given; the rest of the figures left out.</summary>
    internal static YearlySummary TwoYears(double coPortage2021, double coPortage2020)
    {
        List<IndicatorRow> Year(int annee, double coPortage) =>
        [
            new(annee, Perimetres.National, null, null, Indicateurs.NbProjets, null, 20, null, null, Unites.Projets),
            new(annee, Perimetres.Region, "93", null, Indicateurs.NbProjets, null, 20, null, null, Unites.Projets),
            new(annee, Perimetres.Region, "93", null, Indicateurs.TauxCoPortage, null, coPortage, coPortage * 20, 20, Unites.Ratio),
        ];
        var lineage = new SourceFile("93", "93/projets.csv", new string('b', 64), Utc, Utc, 0, ["projets/annee=2021/code_region=93"]);
        return TestServices.SummaryBuilder().Build(2021, Year(2021, coPortage2021), Year(2020, coPortage2020), [lineage]);
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static IEnumerable<Sheet> Sheets(SpreadsheetDocument book) => book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>();

    /// <summary>Each row's cells as text (inline strings, or the stored number).</summary>
    private static IEnumerable<List<string>> Rows(SpreadsheetDocument book, Sheet sheet) =>
        ((WorksheetPart)book.WorkbookPart!.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList());

    private static string FormatOf(SpreadsheetDocument book, Cell cell)
    {
        var styles = book.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value!;
    }
}
