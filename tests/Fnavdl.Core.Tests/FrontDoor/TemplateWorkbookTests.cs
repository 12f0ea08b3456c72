using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Spreadsheets;
using Fnavdl.Core.Templates;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.FrontDoor;

public sealed class TemplateWorkbookTests
{
    private static readonly AdministrativeReference Reference = AdministrativeReference.Embedded;

    private static Task<ValidationReport> ValidateAsync(byte[] xlsx, string region = "93") =>
        TestServices.Validator().ValidateAsync(new MemoryStream(xlsx), $"{region}/modele.xlsx", region,
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "P1" }), sink: null);

    [Theory]
    [InlineData(ReportKind.Projets)]
    [InlineData(ReportKind.Suivi)]
    [InlineData(ReportKind.Enveloppes)]
    public void Every_template_header_is_recognised_as_its_own_field(ReportKind kind)
    {
        var columns = TemplateColumns.For(kind);

        var match = KindDetector.Detect([.. columns.Select(c => c.Header)]);

        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(columns.Select(c => c.Field), match.ColumnFields.Select(f => f?.Name));
        // Every field of the kind but the region (it comes from the identity) has its column.
        Assert.Equal(FieldCatalog.For(kind).Select(f => f.Name).Where(n => n != "code_region").Order(), columns.Select(c => c.Field).Order());
    }

    [Theory]
    [InlineData(ReportKind.Projets)]
    [InlineData(ReportKind.Suivi)]
    [InlineData(ReportKind.Enveloppes)]
    public async Task The_empty_template_has_a_header_but_no_data_rows_not_an_unrecognised_header(ReportKind kind)
    {
        var report = await ValidateAsync(TemplateWorkbook.Build(kind, "93", Reference));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(IssueCodes.AucuneLigne, issue.Code);
        Assert.Equal([kind.ToCode()], report.Kinds);
    }

    [Fact]
    public void The_drop_down_lists_hold_the_regions_own_departments_and_epci_as_code_and_name()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(TemplateWorkbook.Build(ReportKind.Projets, "93", Reference)), false);
        var lists = ListColumns(document);

        Assert.Equal(Reference.DepartementsOf("93").Select(d => $"{d.Code} — {d.Nom}"), lists["Départements de la région"]);
        Assert.Contains("200054807 — Métropole d'Aix-Marseille-Provence", lists["EPCI de la région"]);
        Assert.All(lists["EPCI de la région"], e => Assert.Contains(Reference.FindEpci(e[..9])!.RegionsOfMembers, r => r == "93"));
        Assert.Equal(["association", "bailleur_social", "collectivite", "autre"], lists["Types de porteur"]);
        Assert.Equal(["oui", "non"], lists["Oui / non"]);

        var data = Sheet(document, "Projets");
        var validations = data.Worksheet.Descendants<DataValidation>().ToList();
        // type_porteur, types_co_porteurs, co_portage, thematiques, departements, epci, volet.
        Assert.Equal(7, validations.Count);
        Assert.All(validations, v => Assert.StartsWith("Listes!$", v.Formula1!.Text));
        Assert.Equal(["Projets", "Notice", "Listes"], document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void The_notice_names_every_format_read_and_how_totals_and_amounts_in_thousands_are_taken()
    {
        var notice = string.Join("\n", TemplateContent.For(ReportKind.Projets, "93", Reference).Notice.SelectMany(r => r.Cells));

        Assert.Contains($"Formats acceptés au dépôt : {Core.Schema.FileFormats.Names}.", notice);
        Assert.Contains("XLSM, XLS, XLSB", notice);
        Assert.Contains("ligne de total", notice);
        Assert.Contains("(« Montant accordé (k€) »)", notice);
    }

    [Fact]
    public async Task A_template_filled_from_its_lists_validates()
    {
        var bytes = TemplateWorkbook.Build(ReportKind.Projets, "93", Reference);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var lists = ListColumns(document);
            var values = new Dictionary<string, string>
            {
                ["Année"] = "2021", ["Appel à projets"] = "AAP 1", ["N° projet"] = "P1", ["Intitulé du projet"] = "Projet",
                ["Porteur principal"] = "Asso", ["Type de porteur"] = lists["Types de porteur"][0],
                ["Thématique(s)"] = string.Join(" | ", lists["Thématiques"].Take(3)),
                ["Département(s)"] = $"{lists["Départements de la région"][0]} | {lists["Départements de la région"][3]}",
                ["EPCI partenaire(s)"] = lists["EPCI de la région"][0], ["Montant accordé (€)"] = "10 000",
                ["Type d'accompagnement"] = lists["Types d'accompagnement"][2], ["Co-portage"] = "non",
            };
            var sheet = Sheet(document, "Projets");
            var headers = sheet.Worksheet.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
            var row = new Row { RowIndex = 2 };
            for (var i = 0; i < headers.Count; i++)
                if (values.TryGetValue(headers[i], out var value))
                    row.Append(new Cell(new InlineString(new Text(value))) { CellReference = CellReference.Of(i, 2), DataType = CellValues.InlineString });
            sheet.Worksheet.GetFirstChild<SheetData>()!.Append(row);
        }

        var report = await ValidateAsync(stream.ToArray());

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Empty(report.Issues);
        Assert.Equal(1, report.Rows);
    }

    private static WorksheetPart Sheet(SpreadsheetDocument document, string name) =>
        (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == name).Id!);

    private static Dictionary<string, List<string>> ListColumns(SpreadsheetDocument document)
    {
        var rows = Sheet(document, "Listes").Worksheet.Descendants<Row>().ToList();
        var titles = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        return titles.Select((title, i) => (title, values: rows.Skip(1)
                .Select(r => r.Elements<Cell>().FirstOrDefault(c => c.CellReference == CellReference.Of(i, (int)r.RowIndex!.Value))?.InnerText)
                .OfType<string>().ToList()))
            .ToDictionary(t => t.title, t => t.values);
    }

    [Fact]
    public async Task The_same_template_is_the_same_bytes_at_any_time()
    {
        var first = TemplateWorkbook.Build(ReportKind.Projets, "93", Reference);
        // Zip entry times have a 2-second resolution: let the clock move past it.
        await Task.Delay(TimeSpan.FromSeconds(2.1));

        Assert.Equal(first, TemplateWorkbook.Build(ReportKind.Projets, "93", Reference));
    }
}
