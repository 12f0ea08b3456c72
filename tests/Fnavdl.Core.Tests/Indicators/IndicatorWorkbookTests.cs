using DocumentFormat.OpenXml.Packaging;
using Fnavdl.Core.Indicators;

namespace Fnavdl.Core.Tests.Indicators;

public sealed class IndicatorWorkbookTests
{
    private static readonly IndicatorRow[] Rows =
    [
        new(2021, Perimetres.National, null, null, Indicateurs.NbProjets, null, 67, null, null, Unites.Projets),
        new(2021, Perimetres.Region, "93", null, Indicateurs.TauxCoPortage, null, 0.239, 16, 67, Unites.Ratio),
    ];

    [Fact]
    public async Task The_same_rows_give_the_same_bytes_at_any_time_so_a_republication_changes_nothing()
    {
        var first = IndicatorWorkbook.Render(Rows);
        // Zip entry times have a 2-second resolution: let the clock move past it.
        await Task.Delay(TimeSpan.FromSeconds(2.1));

        Assert.Equal(first, IndicatorWorkbook.Render(Rows));
    }

    [Fact]
    public void The_workbook_says_its_title_and_language_in_French()
    {
        using var book = SpreadsheetDocument.Open(new MemoryStream(IndicatorWorkbook.Render(Rows)), isEditable: false);

        Assert.Equal(("Indicateurs FNAVDL", "fr-FR"), (book.PackageProperties.Title, book.PackageProperties.Language));
    }
}
