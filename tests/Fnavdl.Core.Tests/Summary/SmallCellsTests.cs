using Fnavdl.Core.Indicators;
using Fnavdl.Core.Summary;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Summary;

public sealed class SmallCellsTests
{
    private static SummaryFigure Figure(string perimetre, string indicateur, string unite, double valeur, double? denominateur = null) =>
        new(perimetre, perimetre == Perimetres.Region ? "93" : null, null, indicateur, null, valeur, null, denominateur, unite, null, null);

    [Theory]
    [InlineData(10, "< 11")]
    [InlineData(11, null)]
    public void A_regions_household_count_below_11_is_shown_as_below_11(double menages, string? masked)
    {
        var cell = SummaryTables.Value(Figure(Perimetres.Region, Indicateurs.MenagesAccompagnes, Unites.Menages, menages));
        Assert.Equal(masked, cell.Masked);
        Assert.Equal(masked is null ? menages : null, cell.Number);
    }

    [Fact]
    public void A_rate_on_fewer_than_11_households_is_not_shown_but_national_figures_are()
    {
        Assert.Equal("s.s.", SummaryTables.Value(Figure(Perimetres.Region, Indicateurs.TauxRelogement, Unites.Ratio, 0.5, 8)).Masked);
        Assert.Null(SummaryTables.Value(Figure(Perimetres.Region, Indicateurs.TauxRelogement, Unites.Ratio, 0.5, 11)).Masked);
        Assert.Null(SummaryTables.Value(Figure(Perimetres.National, Indicateurs.MenagesAccompagnes, Unites.Menages, 5)).Masked);
        Assert.Null(SummaryTables.Value(Figure(Perimetres.Region, Indicateurs.TauxCoPortage, Unites.Ratio, 0.2, 3)).Masked);
    }

    [Fact]
    public void The_page_and_the_workbook_show_the_mask_and_the_JSON_keeps_the_value()
    {
        var rows = new List<IndicatorRow>
        {
            new(2021, Perimetres.National, null, null, Indicateurs.NbProjets, null, 3, null, null, Unites.Projets),
            new(2021, Perimetres.Region, "93", null, Indicateurs.NbProjets, null, 3, null, null, Unites.Projets),
            new(2021, Perimetres.Region, "93", null, Indicateurs.MenagesAccompagnes, null, 7, null, null, Unites.Menages),
        };
        var summary = TestServices.SummaryBuilder().Build(2021, rows, [], []);
        Assert.Contains("<td class=\"m\" title=\"Secret statistique\">&lt; 11</td>", SummaryHtml.Render(summary));
        Assert.Equal(7, SummaryJson.Read(SummaryJson.Render(summary)).Region("93", Indicateurs.MenagesAccompagnes)!.Valeur);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(SummaryWorkbook.Render(summary)));
        while (reader.Name != "Régions") Assert.True(reader.NextResult(), "no sheet Régions");
        reader.Read();
        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) as string).ToList();
        Assert.True(reader.Read());
        Assert.Equal("< 11", reader.GetValue(headers.IndexOf(SummaryDefinitions.Label(Indicateurs.MenagesAccompagnes))));
    }
}
