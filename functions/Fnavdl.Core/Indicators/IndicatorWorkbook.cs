using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Export;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// The long table as an XLSX workbook for Excel, LibreOffice and Power BI: one sheet, the columns of
/// <see cref="IndicatorSheet"/>, codes stored as text (region "01" stays 01), figures as numbers (ratios
/// shown as percentages, the stored value unchanged), text made inert (<see cref="SpreadsheetText"/>),
/// a frozen header row with an autofilter.
/// </summary>
public static class IndicatorWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Indicateurs";

    private const uint HeaderStyle = 1;
    private const uint PercentStyle = 2;

    public static byte[] Render(IReadOnlyList<IndicatorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = "Indicateurs FNAVDL";
            document.PackageProperties.Language = "fr-FR";
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            sheetPart.Worksheet = Worksheet(rows);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = "rIdSheet1", SheetId = 1, Name = SheetName }));
        }
        return package.ToArray();
    }

    private static Worksheet Worksheet(IReadOnlyList<IndicatorRow> rows)
    {
        var columns = IndicatorSheet.Columns;
        var valeur = IndexOf("valeur");
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++) header.Append(Text(Reference(c, 1), columns[c], HeaderStyle));
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
                    string s => Text(Reference(c, index), SpreadsheetText.Cell(s)!, 0),
                    int i => Number(Reference(c, index), i, style),
                    double d => Number(Reference(c, index), d, style),
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
            new SheetViews(new SheetView { WorkbookViewId = 0, Pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft } }),
            widths, data, new AutoFilter { Reference = $"A1:{last}" });

        static int IndexOf(string name) => IndicatorSheet.Columns.ToList().IndexOf(name);
    }

    private static Cell Text(string reference, string text, uint style) => new()
    {
        CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(string reference, double value, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(value), DataType = CellValues.Number, StyleIndex = style };

    /// <summary>"A1", "L12": the columns are fewer than 26.</summary>
    private static string Reference(int column, uint row) => $"{(char)('A' + column)}{row}";

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0\\ %" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true })
        { Count = 3 });
}
