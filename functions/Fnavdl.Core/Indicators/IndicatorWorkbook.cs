using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Spreadsheets;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// The long table as an XLSX workbook for Excel, LibreOffice and Power BI: one sheet, the columns of
/// <see cref="IndicatorSheet"/>, codes stored as text (region "01" stays 01), figures as numbers (ratios
/// shown as percentages, the stored value unchanged), text made inert (<see cref="SpreadsheetText"/>),
/// a frozen header row with an autofilter. The same rows give the same bytes (<see cref="XlsxPackage.Deterministic"/>).
/// </summary>
public static class IndicatorWorkbook
{
    public const string ContentType = XlsxPackage.ContentType;
    public const string SheetName = "Indicateurs";

    private const uint PercentStyle = 2;

    public static byte[] Render(IReadOnlyList<IndicatorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            XlsxPackage.CoreProperties(document, "Indicateurs FNAVDL", "Fonds national d'accompagnement vers et dans le logement : indicateurs par périmètre");
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = XlsxPackage.Stylesheet(["0.0\\ %"], XlsxPackage.Numeric(XlsxPackage.NumberFormatId(0)));
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            sheetPart.Worksheet = Worksheet(rows);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = "rIdSheet1", SheetId = 1, Name = SheetName }));
        }
        return XlsxPackage.Deterministic(package.ToArray());
    }

    private static Worksheet Worksheet(IReadOnlyList<IndicatorRow> rows)
    {
        var columns = IndicatorSheet.Columns;
        var valeur = IndexOf("valeur");
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++) header.Append(XlsxPackage.Text(columns[c], XlsxPackage.HeaderStyle, Reference(c, 1)));
        data.Append(header);
        uint index = 2;
        var table = rows.Select(r => (Row: r, Cells: IndicatorSheet.Cells(r))).ToList();
        foreach (var (r, cells) in table)
        {
            var row = new Row { RowIndex = index };
            for (var c = 0; c < cells.Length; c++)
            {
                var style = c == valeur && r.Unite == Unites.Ratio ? PercentStyle : 0u;
                row.Append(cells[c] switch
                {
                    null => new Cell { CellReference = Reference(c, index) },
                    string s => XlsxPackage.Text(SpreadsheetText.Cell(s)!, reference: Reference(c, index)),
                    int i => XlsxPackage.Number(i, style, Reference(c, index)),
                    double d => XlsxPackage.Number(d, style, Reference(c, index)),
                    var other => throw new ArgumentException($"Type de cellule inattendu : {other.GetType()}", nameof(rows)),
                });
            }
            data.Append(row);
            index++;
        }
        var last = Reference(columns.Count - 1, Math.Max(1, index - 1));
        var widths = new Columns(columns.Select((name, c) => new Column
        {
            Min = (uint)c + 1, Max = (uint)c + 1, CustomWidth = true,
            Width = Math.Clamp(table.Select(t => t.Cells[c] is string s ? s.Length : 12).Append(name.Length + 3).Max() + 2, 8, 60),
        }));
        return new Worksheet(
            XlsxPackage.FrozenHeader(),
            widths, data, new AutoFilter { Reference = $"A1:{last}" });

        static int IndexOf(string name) => IndicatorSheet.Columns.ToList().IndexOf(name);
    }

    private static string Reference(int column, uint row) => CellReference.Of(column, checked((int)row));
}
