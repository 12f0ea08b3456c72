using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.FrontDoor;

/// <summary>
/// The template a region fills (<c>GET /api/modele?type=…</c>): the data sheet first (the
/// validator reads a workbook's first sheet with a header), its French headers, drop-down lists
/// for every vocabulary and for the region's own departments and EPCI (code — nom) drawn from a
/// "Listes" sheet, and a "Notice" sheet explaining each column.
/// </summary>
public static class TemplateWorkbook
{
    /// <summary>Data rows the drop-down lists cover.</summary>
    public const int ValidatedRows = 1000;

    private const uint HeaderStyle = 1;

    public static byte[] Build(ReportKind kind, string codeRegion, AdministrativeReference reference)
    {
        var columns = TemplateColumns.For(kind);
        var lists = Lists(codeRegion, reference);
        var region = reference.FindRegion(codeRegion);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var listColumns = new Dictionary<TemplateList, (string Letter, int Count)>();

            var dataName = kind switch { ReportKind.Projets => "Projets", ReportKind.Suivi => "Suivi", _ => "Enveloppes" };
            var data = AddSheet(workbookPart, sheets, dataName, 1);
            var notice = AddSheet(workbookPart, sheets, "Notice", 2);
            var listes = AddSheet(workbookPart, sheets, "Listes", 3);

            // Listes: one column per vocabulary used by this kind.
            var used = columns.Select(c => SheetList(c.List)).Where(l => l != TemplateList.None).Distinct().ToList();
            var listRows = new List<Row>();
            for (var i = 0; i < used.Count; i++)
            {
                var values = lists[used[i]];
                listColumns[used[i]] = (CellReference.ColumnLetters(i), values.Count);
                Put(listRows, 1, i, ListTitle(used[i]), HeaderStyle);
                for (var r = 0; r < values.Count; r++) Put(listRows, r + 2, i, values[r]);
            }
            listes.Worksheet = new Worksheet(Columns(Math.Max(used.Count, 1), 42), new SheetData(listRows));

            // Data sheet: the header, frozen, with drop-downs below each listed column.
            var header = new Row { RowIndex = 1 };
            for (var i = 0; i < columns.Count; i++) header.Append(TextCell(CellReference.Of(i, 1), columns[i].Header, HeaderStyle));
            var worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                }) { WorkbookViewId = 0 }),
                Columns(columns.Count, 24),
                new SheetData(header));
            var validations = new DataValidations();
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].List == TemplateList.None || !listColumns.TryGetValue(SheetList(columns[i].List), out var list) || list.Count == 0) continue;
                var letter = CellReference.ColumnLetters(i);
                var many = columns[i].List is TemplateList.Themes or TemplateList.Departements or TemplateList.Epci or TemplateList.CarrierTypesMany;
                validations.Append(new DataValidation(new Formula1($"Listes!${list.Letter}$2:${list.Letter}${list.Count + 1}"))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    // Several values per cell are typed by hand ("a | b"): warn, never forbid.
                    ErrorStyle = many ? DataValidationErrorStyleValues.Information : DataValidationErrorStyleValues.Stop,
                    ErrorTitle = "Valeur hors liste",
                    Error = many ? "Valeur hors de la liste : vérifiez-la (plusieurs valeurs se séparent par « | »)." : "Choisissez une valeur de la liste.",
                    PromptTitle = Truncate(columns[i].Header, 32),
                    Prompt = Truncate(columns[i].Notice, 255),
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}{ValidatedRows + 1}" },
                });
            }
            validations.Count = (uint)validations.ChildElements.Count;
            if (validations.Count > 0) worksheet.Append(validations);
            data.Worksheet = worksheet;

            // Notice: what each column expects.
            var noticeRows = new List<Row>();
            var title = $"Modèle FNAVDL « {kind.ToCode()} » — région {codeRegion}{(region is null ? "" : $" ({region.Nom})")}";
            Put(noticeRows, 1, 0, title, HeaderStyle);
            Put(noticeRows, 2, 0, $"Remplissez une ligne par {(kind == ReportKind.Projets ? "projet" : kind == ReportKind.Suivi ? "projet et année" : "année")} dans la feuille « {dataName} », sans modifier la ligne d'en-tête, puis déposez le fichier sur la page de dépôt.");
            Put(noticeRows, 4, 0, "Colonne", HeaderStyle);
            Put(noticeRows, 4, 1, "Champ", HeaderStyle);
            Put(noticeRows, 4, 2, "Explication et format", HeaderStyle);
            for (var i = 0; i < columns.Count; i++)
            {
                Put(noticeRows, i + 5, 0, columns[i].Header);
                Put(noticeRows, i + 5, 1, columns[i].Field);
                Put(noticeRows, i + 5, 2, columns[i].Notice);
            }
            notice.Worksheet = new Worksheet(new Columns(
                new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 22, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 110, CustomWidth = true }), new SheetData(noticeRows));

            workbookPart.Workbook.Save();
        }
        return buffer.ToArray();
    }

    /// <summary>The values of each drop-down. Names lose the characters that separate list items, so a chosen "code — nom" stays one item.</summary>
    private static Dictionary<TemplateList, IReadOnlyList<string>> Lists(string codeRegion, AdministrativeReference reference)
    {
        static string Clean(string name) => string.Join(' ', name.Split(['|', '/', ';', ',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        string[] carriers = [CarrierTypeVocabulary.Association, CarrierTypeVocabulary.BailleurSocial, CarrierTypeVocabulary.Collectivite, CarrierTypeVocabulary.Autre];
        return new()
        {
            [TemplateList.CarrierTypes] = carriers,
            [TemplateList.YesNo] = ["oui", "non"],
            [TemplateList.Themes] = [.. ThemeVocabulary.All.Select(t => Clean(t.Label))],
            [TemplateList.Volets] = [VoletVocabulary.Vers, VoletVocabulary.Dans, VoletVocabulary.VersEtDans],
            [TemplateList.Departements] = [.. reference.DepartementsOf(codeRegion).Select(d => $"{d.Code} — {Clean(d.Nom)}")],
            [TemplateList.Epci] = [.. reference.Epcis.Where(e => e.RegionsOfMembers.Contains(codeRegion))
                .OrderBy(e => e.Nom, StringComparer.Ordinal).Select(e => $"{e.Siren} — {Clean(e.Nom)}")],
        };
    }

    /// <summary>Columns that offer the same values share one column of the "Listes" sheet.</summary>
    private static TemplateList SheetList(TemplateList list) => list == TemplateList.CarrierTypesMany ? TemplateList.CarrierTypes : list;

    private static string ListTitle(TemplateList list) => list switch
    {
        TemplateList.CarrierTypes => "Types de porteur",
        TemplateList.YesNo => "Oui / non",
        TemplateList.Themes => "Thématiques",
        TemplateList.Volets => "Types d'accompagnement",
        TemplateList.Departements => "Départements de la région",
        TemplateList.Epci => "EPCI de la région",
        _ => "",
    };

    private static WorksheetPart AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, uint id)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
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
        row.Append(TextCell(CellReference.Of(column, rowNumber), text, style));
    }

    private static Cell TextCell(string reference, string text, uint style = 0) => new(new InlineString(new Text(text)))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style == 0 ? null : style,
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
