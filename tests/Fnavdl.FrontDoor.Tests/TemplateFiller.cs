using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>Fills a downloaded template as an officer would: one project, list cells picked from the template's own "Listes" sheet.</summary>
internal static class TemplateFiller
{
    public static void FillOneProject(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var data = Sheet(workbook, "Projets");
        var lists = Sheet(workbook, "Listes");
        var headers = Texts(data.Worksheet.Descendants<Row>().First());
        var listHeaders = Texts(lists.Worksheet.Descendants<Row>().First());
        string FirstOf(string listTitle)
        {
            var column = listHeaders.IndexOf(listTitle);
            Assert.True(column >= 0, $"no list « {listTitle} » in {string.Join(", ", listHeaders)}");
            return Texts(lists.Worksheet.Descendants<Row>().Skip(1).First())[column];
        }

        var values = new Dictionary<string, string>
        {
            ["Année"] = "2021",
            ["Appel à projets"] = "AAP 2021-09",
            ["N° projet"] = "MODELE-1",
            ["Intitulé du projet"] = "Projet saisi dans le modèle",
            ["Porteur principal"] = "Association Test",
            ["Type de porteur"] = FirstOf("Types de porteur"),
            ["Thématique(s)"] = FirstOf("Thématiques"),
            ["Département(s)"] = FirstOf("Départements de la région"),
            ["EPCI partenaire(s)"] = FirstOf("EPCI de la région"),
            ["Montant accordé (€)"] = "45 000",
        };
        var row = new Row { RowIndex = 2 };
        for (var i = 0; i < headers.Count; i++)
        {
            if (!values.TryGetValue(headers[i], out var value)) continue;
            row.Append(new Cell(new InlineString(new Text(value)))
            {
                CellReference = Fnavdl.Core.Spreadsheets.CellReference.Of(i, 2),
                DataType = CellValues.InlineString,
            });
        }
        data.Worksheet.GetFirstChild<SheetData>()!.Append(row);
        data.Worksheet.Save();
    }

    private static WorksheetPart Sheet(WorkbookPart workbook, string name) =>
        (WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name).Id!);

    private static List<string> Texts(Row row) => row.Elements<Cell>().Select(c => c.InnerText).ToList();
}
