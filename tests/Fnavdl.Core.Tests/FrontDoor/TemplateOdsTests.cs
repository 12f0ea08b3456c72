using System.IO.Compression;
using System.Xml.Linq;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Templates;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.FrontDoor;

/// <summary>The ODS template is the XLSX template in OpenDocument: same sheets, cells and drop-downs, read back by our own reader.</summary>
public sealed class TemplateOdsTests
{
    private static readonly AdministrativeReference Reference = AdministrativeReference.Embedded;
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private static Task<ValidationReport> ValidateAsync(byte[] file, string name) =>
        TestServices.Validator().ValidateAsync(new MemoryStream(file), $"93/{name}", "93",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "P1" }), sink: null);

    /// <summary>Every sheet's name and its non-blank rows as the cells' texts, as a reader of ours sees them.</summary>
    internal static List<string> Sheets(IReportReader reader, byte[] file) =>
        [.. reader.Read(new MemoryStream(file), new ReadBudget(ReadLimits.Default)).SelectMany(t =>
            t.Rows.Where(r => !r.IsBlank).Select(r => $"{t.SheetName}!{r.RowNumber}: {string.Join(" ¦ ", r.Cells.Select(c => c.Text))}"))];

    [Theory]
    [InlineData(ReportKind.Projets)]
    [InlineData(ReportKind.Suivi)]
    [InlineData(ReportKind.Enveloppes)]
    public async Task The_empty_ODS_template_validates_as_the_XLSX_one_a_header_without_data_rows(ReportKind kind)
    {
        var ods = await ValidateAsync(TemplateOds.Build(kind, "93", Reference), "modele.ods");
        var xlsx = await ValidateAsync(TemplateWorkbook.Build(kind, "93", Reference), "modele.xlsx");

        Assert.Equal(IssueCodes.AucuneLigne, Assert.Single(ods.Issues).Code);
        Assert.Equal([kind.ToCode()], ods.Kinds);
        Assert.Equal(xlsx.Issues.Select(i => (i.Code, i.Message)), ods.Issues.Select(i => (i.Code, i.Message)));
    }

    [Theory]
    [InlineData(ReportKind.Projets)]
    [InlineData(ReportKind.Suivi)]
    [InlineData(ReportKind.Enveloppes)]
    public void The_ODS_template_holds_the_same_sheets_and_cells_as_the_XLSX(ReportKind kind)
    {
        var ods = Sheets(new OdsReportReader(), TemplateOds.Build(kind, "93", Reference));
        var xlsx = Sheets(new XlsxReportReader(), TemplateWorkbook.Build(kind, "93", Reference));

        Assert.Equal(xlsx, ods);
        Assert.StartsWith($"{TemplateContent.For(kind, "93", Reference).DataSheet}!1: {string.Join(" ¦ ", TemplateColumns.For(kind).Select(c => c.Header))}", ods[0]);
    }

    [Fact]
    public void Every_drop_down_of_the_XLSX_is_an_ODS_validation_over_its_Listes_column_on_the_thousand_data_rows()
    {
        using var zip = new ZipArchive(new MemoryStream(TemplateOds.Build(ReportKind.Projets, "93", Reference)));
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.Equal(TemplateOds.MimeType, new StreamReader(zip.Entries[0].Open()).ReadToEnd());
        XDocument content;
        using (var stream = zip.GetEntry("content.xml")!.Open()) content = XDocument.Load(stream);

        var validations = content.Descendants(Table + "content-validation").ToDictionary(v => (string)v.Attribute(Table + "name")!);
        // type_porteur, types_co_porteurs, co_portage, thematiques, departements, epci, volet.
        Assert.Equal(7, validations.Count);
        Assert.Contains("of:cell-content-is-in-list([$Listes.$B$2:.$B$3])", validations.Values.Select(v => (string)v.Attribute(Table + "condition")!));
        var coPortage = validations.Values.Single(v => ((string)v.Attribute(Table + "condition")!).Contains("$B$2:.$B$3", StringComparison.Ordinal));
        Assert.Equal("stop", (string)coPortage.Element(Table + "error-message")!.Attribute(Table + "message-type")!);

        var dataRows = content.Descendants(Table + "table").First().Elements(Table + "table-row").ToList();
        Assert.Equal("1000", (string)dataRows[1].Attribute(Table + "number-rows-repeated")!);
        var validated = dataRows[1].Elements(Table + "table-cell").Select(c => (string?)c.Attribute(Table + "content-validation-name")).ToList();
        var columns = TemplateColumns.Projets;
        Assert.Equal(columns.Select(c => c.List != TemplateList.None), validated.Select(v => v is not null));
        Assert.All(validated.OfType<string>(), name => Assert.Contains(name, validations.Keys));
    }

    [Fact]
    public void The_same_template_is_the_same_bytes() =>
        Assert.Equal(TemplateOds.Build(ReportKind.Suivi, "84", Reference), TemplateOds.Build(ReportKind.Suivi, "84", Reference));
}
