using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fnavdl.Core.Summary;

/// <summary>
/// The summary as an XLSX workbook: one sheet per table, a bold header row, numbers stored as numbers
/// with number formats. Format codes are stored in the file format's invariant syntax ("#,##0",
/// "0.0 %"), which a French Excel or LibreOffice displays as "# ##0" and "0,0 %". Small cells masked.
/// </summary>
public static class SummaryWorkbook
{
    // Fixed entry times: the packaging stamps "now" on every zip entry, which would make two runs differ.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const uint Header = 1;
    private static uint StyleOf(CellKind format) => format switch
    {
        CellKind.Integer => 2,
        CellKind.Euros => 3,
        CellKind.Percent => 4,
        CellKind.Points => 5,
        CellKind.Decimal => 6,
        CellKind.DateTime => 7,
        _ => 0,
    };

    public static byte[] Render(YearlySummary summary)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var table in SummaryTables.Build(summary))
            {
                // Explicit relationship ids: the SDK's default ones are random.
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{sheetId}");
                sheetPart.Worksheet = Worksheet(table);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = table.Sheet });
            }
        }
        return Normalised(package.ToArray());
    }

    private static Worksheet Worksheet(SummaryTable table)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        foreach (var text in table.Headers) header.Append(TextCell(text, Header));
        data.Append(header);
        uint index = 2;
        foreach (var cells in table.Rows)
        {
            var row = new Row { RowIndex = index++ };
            foreach (var cell in cells)
            {
                if (cell.Masked is not null) row.Append(TextCell(cell.Masked, 0));
                else if (cell.Number is { } n) row.Append(new Cell { CellValue = new CellValue(n), DataType = CellValues.Number, StyleIndex = StyleOf(cell.Format) });
                else if (cell.Text is not null) row.Append(TextCell(cell.Text, 0));
                else row.Append(new Cell());
            }
            data.Append(row);
        }
        var columns = new Columns(table.Headers.Select((_, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true,
            Width = Math.Clamp(table.Rows.Select(r => i < r.Count ? (r[i].Text?.Length ?? 14) : 0).Append(table.Headers[i].Length).Max() + 2, 8, 70),
        }));
        return new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0, Pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft } }),
            columns, data);
    }

    private static Cell TextCell(string text, uint style) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style };

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0\\ \"€\"" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0\\ %" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "+0.0\\ %;-0.0\\ %;0.0\\ %" },
            new NumberingFormat { NumberFormatId = 168, FormatCode = "#,##0.0" },
            new NumberingFormat { NumberFormatId = 169, FormatCode = "dd/mm/yyyy\\ hh:mm" })
        { Count = 6 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            Numeric(164), Numeric(165), Numeric(166), Numeric(167), Numeric(168), Numeric(169))
        { Count = 8 });

    private static CellFormat Numeric(uint id) => new() { NumberFormatId = id, ApplyNumberFormat = true };

    /// <summary>The same package with every entry's time fixed, so the same summary gives the same bytes.</summary>
    private static byte[] Normalised(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    // The package's relationship to the workbook gets a random id nothing else refers to.
                    using var reader = new StreamReader(from);
                    var rels = System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "Id=\"R[0-9a-f]+\"", "Id=\"rIdWorkbook\"");
                    to.Write(new System.Text.UTF8Encoding(false).GetBytes(rels));
                }
                else
                    from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
