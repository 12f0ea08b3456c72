using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Spreadsheets;

namespace Fnavdl.Core.Templates;

/// <summary>
/// The template a region fills (<c>GET /api/modele?type=…</c>) as an XLSX workbook: the
/// <see cref="TemplateContent"/> with a frozen header row and the drop-downs as data validations over
/// the "Listes" sheet.
/// </summary>
public static class TemplateWorkbook
{
    private const uint HeaderStyle = XlsxPackage.HeaderStyle;

    public static byte[] Build(ReportKind kind, string codeRegion, AdministrativeReference reference)
    {
        var content = TemplateContent.For(kind, codeRegion, reference);
        var columns = content.Columns;
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            // Explicit relationship ids (the SDK's are random), so the same template gives the same bytes.
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = XlsxPackage.Stylesheet([]);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());

            var data = AddSheet(workbookPart, sheets, content.DataSheet, 1);
            var notice = AddSheet(workbookPart, sheets, TemplateContent.NoticeSheet, 2);
            var listes = AddSheet(workbookPart, sheets, TemplateContent.ListsSheet, 3);

            // Listes: one column per vocabulary used by this kind.
            var listRows = new List<Row>();
            for (var i = 0; i < content.Lists.Count; i++)
            {
                Put(listRows, 1, i, content.Lists[i].Title, HeaderStyle);
                for (var r = 0; r < content.Lists[i].Values.Count; r++) Put(listRows, r + 2, i, content.Lists[i].Values[r]);
            }
            listes.Worksheet = new Worksheet(Columns(Math.Max(content.Lists.Count, 1), 42), new SheetData(listRows));

            // Data sheet: the header, frozen, with drop-downs below each listed column.
            var header = new Row { RowIndex = 1 };
            for (var i = 0; i < columns.Count; i++) header.Append(XlsxPackage.Text(columns[i].Header, HeaderStyle, CellReference.Of(i, 1)));
            var worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                })
                { WorkbookViewId = 0 }),
                Columns(columns.Count, 24),
                new SheetData(header));
            var validations = new DataValidations();
            foreach (var dropDown in content.DropDowns)
            {
                var letter = CellReference.ColumnLetters(dropDown.Column);
                var list = CellReference.ColumnLetters(dropDown.List);
                var count = content.Lists[dropDown.List].Values.Count;
                validations.Append(new DataValidation(new Formula1($"{TemplateContent.ListsSheet}!${list}$2:${list}${count + 1}"))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    ErrorStyle = dropDown.Many ? DataValidationErrorStyleValues.Information : DataValidationErrorStyleValues.Stop,
                    ErrorTitle = TemplateContent.OutOfListTitle,
                    Error = dropDown.Error,
                    PromptTitle = dropDown.PromptTitle,
                    Prompt = dropDown.Prompt,
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}{TemplateContent.ValidatedRows + 1}" },
                });
            }
            validations.Count = (uint)validations.ChildElements.Count;
            if (validations.Count > 0) worksheet.Append(validations);
            data.Worksheet = worksheet;

            // Notice: what each column expects.
            var noticeRows = new List<Row>();
            foreach (var row in content.Notice)
                for (var i = 0; i < row.Cells.Count; i++) Put(noticeRows, row.Row, i, row.Cells[i], row.Bold ? HeaderStyle : 0);
            notice.Worksheet = new Worksheet(new Columns(
                new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 22, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 110, CustomWidth = true }), new SheetData(noticeRows));

            workbookPart.Workbook.Save();
        }
        return XlsxPackage.Deterministic(buffer.ToArray());
    }

    private static WorksheetPart AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, uint id)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
        return part;
    }

    private static Columns Columns(int count, double width) =>
        new(new Column { Min = 1, Max = (uint)count, Width = width, CustomWidth = true });

    private static void Put(List<Row> rows, int rowNumber, int column, string text, uint style = 0)
    {
        var row = rows.FirstOrDefault(r => r.RowIndex!.Value == (uint)rowNumber);
        if (row is null)
        {
            row = new Row { RowIndex = (uint)rowNumber };
            rows.Add(row);
        }
        row.Append(XlsxPackage.Text(text, style, CellReference.Of(column, rowNumber)));
    }
}
