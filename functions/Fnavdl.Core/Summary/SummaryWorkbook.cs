using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Spreadsheets;

namespace Fnavdl.Core.Summary;

/// <summary>
/// The summary as an XLSX workbook: a first sheet of notes (what the page says around its tables),
/// then one sheet per table with a bold, frozen, filterable header row, numbers stored as numbers
/// with number formats, set up to print landscape on A4, one page wide, the header row repeated.
/// Format codes are stored in the file format's invariant syntax ("#,##0", "0.0 %"), which a French
/// Excel or LibreOffice displays as "# ##0" and "0,0 %". Changes of rates are stored in points
/// (91.0, shown "+91,0 pt"), times in UTC and labelled so. Small cells masked; text neutralised
/// against formula injection (<see cref="SpreadsheetText"/>).
/// </summary>
internal static class SummaryWorkbook
{
    public const string NotesSheet = "À lire";

    // A text longer than this wraps in its cell (and its column stops growing), so definitions and paths stay on paper.
    private const int LongText = 60;

    private const uint Wrapped = 8;
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

    public static string Title(YearlySummary summary) =>
        $"FNAVDL — synthèse annuelle {summary.Annee.ToString(CultureInfo.InvariantCulture)}";

    public static byte[] Render(YearlySummary summary)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            XlsxPackage.CoreProperties(document, Title(summary), "Fonds national d'accompagnement vers et dans le logement : chiffres de l'année par région");
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Styles;
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var names = new DefinedNames();
            var tables = SummaryTables.Build(summary);
            uint sheetId = 1;
            foreach (var table in tables.Prepend(Notes(summary, tables)))
            {
                // Explicit relationship ids: the SDK's default ones are random.
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{sheetId}");
                sheetPart.Worksheet = Worksheet(table, Title(summary));
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId, Name = table.Sheet });
                var sheet = $"'{table.Sheet.Replace("'", "''", StringComparison.Ordinal)}'";
                var local = sheetId - 1;
                names.Append(new DefinedName($"{sheet}!$A$1:${Column(table.Headers.Count)}${table.Rows.Count + 1}") { Name = "_xlnm._FilterDatabase", LocalSheetId = local, Hidden = true });
                names.Append(new DefinedName($"{sheet}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = local });
                sheetId++;
            }
            workbookPart.Workbook.Append(names);
        }
        return XlsxPackage.Deterministic(package.ToArray());
    }

    /// <summary>The notes the page gives around its tables, as the first sheet: secrecy, targets, empty cells, missing regions.</summary>
    private static SummaryTable Notes(YearlySummary s, IReadOnlyList<SummaryTable> tables)
    {
        var y = s.Annee.ToString(CultureInfo.InvariantCulture);
        var missing = s.Qualite.Where(q => !q.Declarante).Select(q => $"{q.NomRegion} ({q.CodeRegion})").ToList();
        List<(string, string)> notes =
        [
            ("Titre", Title(s)),
            ("Période", $"Programme {y}, comparé à {s.AnneePrecedente.ToString(CultureInfo.InvariantCulture)}."),
            ("Données arrêtées au", s.DonneesArreteesAu is { } at ? $"{FrenchFormat.DateTime(at)} (dernier fichier traité)." : "Aucune donnée reçue."),
            ("Heures", "Toutes les heures du classeur sont en temps universel (UTC)."),
            ("Secret statistique", s.SecretStatistique),
            ("Objectifs", "Objectif de la réforme : un tiers des projets co-portés ou portés par un bailleur social."),
            ("Cellules vides", SummaryTables.EmptyWhen),
            ("Régions non déclarantes", missing.Count == 0 ? "Aucune : les 18 régions ont déclaré des projets." : $"{missing.Count} région(s) sans projet pour {y} : {string.Join(", ", missing)}."),
            .. tables.Where(t => t.Note is not null).Select(t => ($"Feuille « {t.Sheet} »", t.Note!)),
        ];
        return new SummaryTable("notes", NotesSheet, Title(s), null, ["Rubrique", "Note"],
            [.. notes.Select(n => (IReadOnlyList<SummaryCell>)[SummaryCell.Of(n.Item1), SummaryCell.Of(n.Item2)])]);
    }

    private static Worksheet Worksheet(SummaryTable table, string title)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        foreach (var text in table.Headers) header.Append(TextCell(text, XlsxPackage.HeaderStyle));
        data.Append(header);
        uint index = 2;
        foreach (var cells in table.Rows)
        {
            var row = new Row { RowIndex = index++ };
            foreach (var cell in cells)
            {
                if (cell.Masked is not null) row.Append(TextCell(cell.Masked, 0));
                else if (cell.Number is { } n) row.Append(NumberCell(cell.Format, n));
                else if (cell.Text is not null) row.Append(TextCell(cell.Text, cell.Text.Length > LongText ? Wrapped : 0));
                else row.Append(new Cell());
            }
            data.Append(row);
        }
        var columns = new Columns(table.Headers.Select((_, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true,
            Width = Math.Clamp(table.Rows.Select(r => i < r.Count ? Width(r[i]) : 0).Append(table.Headers[i].Length).Max() + 2, 8, LongText + 2),
        }));
        var last = $"{Column(table.Headers.Count)}{table.Rows.Count + 1}";
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{last}" },
            XlsxPackage.FrozenHeader(),
            columns, data,
            new AutoFilter { Reference = $"A1:{last}" },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            // A4 (9), landscape, one page wide and as many pages down as needed (0).
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter($"&L{title} — &A&RPage &P / &N")));
    }

    private static int Width(SummaryCell cell) => cell.Masked?.Length ?? cell.Text?.Length ?? 14;

    // A rate's change is a difference of ratios: stored in points so the cell reads +91,0 pt, not +91,0 %.
    private static Cell NumberCell(CellKind format, double value) =>
        XlsxPackage.Number(format == CellKind.Points ? Math.Round(value * 100, 10) : value, StyleOf(format));

    private static Cell TextCell(string text, uint style) => XlsxPackage.Text(SpreadsheetText.Cell(text) ?? "", style);

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    private static string Column(int number) => CellReference.ColumnLetters(number - 1);

    // Styles 2… follow the number formats in order; StyleOf names them.
    private static Stylesheet Styles => XlsxPackage.Stylesheet(
        ["#,##0", "#,##0\\ \"€\"", "0.0\\ %", "+0.0\\ \"pt\";-0.0\\ \"pt\";0.0\\ \"pt\"", "#,##0.0", "dd/mm/yyyy\\ hh:mm\\ \"UTC\""],
        [.. Enumerable.Range(0, 6).Select(i => XlsxPackage.Numeric(XlsxPackage.NumberFormatId(i))),
            new CellFormat { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true }]);
}
