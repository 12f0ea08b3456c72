using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Vocabularies;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Templates;

/// <summary>
/// What a template holds, whatever the file format (<see cref="TemplateWorkbook"/> writes it as XLSX,
/// <see cref="TemplateOds"/> as OpenDocument): the data sheet first (the validator reads a workbook's
/// first sheet with a header) with its French headers, a "Notice" sheet explaining each column, and a
/// "Listes" sheet holding the values of every drop-down — the vocabularies and the region's own
/// departments and EPCI (code — nom).
/// </summary>
internal sealed class TemplateContent
{
    /// <summary>Data rows the drop-down lists cover.</summary>
    public const int ValidatedRows = 1000;

    public const string NoticeSheet = "Notice";
    public const string ListsSheet = "Listes";
    public const string OutOfListTitle = "Valeur hors liste";

    /// <summary>One column of the "Listes" sheet: its title (row 1) and its values (rows 2…).</summary>
    public sealed record ListColumn(string Title, IReadOnlyList<string> Values);

    /// <summary>
    /// The drop-down of a data column, drawn from one column of the "Listes" sheet. A column that takes
    /// several values ("a | b") only warns on a value out of the list: it is typed by hand.
    /// </summary>
    public sealed record DropDown(int Column, int List, bool Many, string PromptTitle, string Prompt)
    {
        public string Error => Many
            ? "Valeur hors de la liste : vérifiez-la (plusieurs valeurs se séparent par « | »)."
            : "Choisissez une valeur de la liste.";
    }

    /// <summary>A row of the "Notice" sheet (1-based), its cells from column A, in bold when it heads a block.</summary>
    public sealed record NoticeRow(int Row, IReadOnlyList<string> Cells, bool Bold);

    public required string DataSheet { get; init; }
    public required IReadOnlyList<TemplateColumn> Columns { get; init; }
    public required IReadOnlyList<ListColumn> Lists { get; init; }
    public required IReadOnlyList<DropDown> DropDowns { get; init; }
    public required IReadOnlyList<NoticeRow> Notice { get; init; }

    public static TemplateContent For(ReportKind kind, string codeRegion, AdministrativeReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var columns = TemplateColumns.For(kind);
        var values = ListValues(codeRegion, reference);
        var used = columns.Select(c => SheetList(c.List)).Where(l => l != TemplateList.None).Distinct().ToList();
        var dropDowns = new List<DropDown>();
        for (var i = 0; i < columns.Count; i++)
        {
            var list = used.IndexOf(SheetList(columns[i].List));
            if (list < 0 || values[used[list]].Count == 0) continue;
            var many = columns[i].List is TemplateList.Themes or TemplateList.Departements or TemplateList.Epci or TemplateList.CarrierTypesMany;
            dropDowns.Add(new DropDown(i, list, many, Truncate(columns[i].Header, 32), Truncate(columns[i].Notice, 255)));
        }

        var dataSheet = kind switch { ReportKind.Projets => "Projets", ReportKind.Suivi => "Suivi", _ => "Enveloppes" };
        var region = reference.FindRegion(codeRegion);
        var unit = kind == ReportKind.Projets ? "projet" : kind == ReportKind.Suivi ? "projet et année" : "année";
        List<NoticeRow> notice =
        [
            new(1, [$"Modèle FNAVDL « {kind.ToCode()} » — région {codeRegion}{(region is null ? "" : $" ({region.Nom})")}"], true),
            new(2, [$"Remplissez une ligne par {unit} dans la feuille « {dataSheet} », sans modifier la ligne d'en-tête, puis déposez le fichier sur la page de dépôt."], false),
            new(3, [$"Formats acceptés au dépôt : {Schema.FileFormats.Names}. Une ligne de total ou de sous-total sous les données est laissée de côté ; "
                + "des montants en milliers ou en millions d'euros sont acceptés si l'intitulé de leur colonne le dit (« Montant accordé (k€) »)."], false),
            new(4, ["Colonne", "Champ", "Explication et format"], true),
            .. columns.Select((c, i) => new NoticeRow(i + 5, [c.Header, c.Field, c.Notice], false)),
        ];

        return new TemplateContent
        {
            DataSheet = dataSheet,
            Columns = columns,
            Lists = [.. used.Select(l => new ListColumn(ListTitle(l), values[l]))],
            DropDowns = dropDowns,
            Notice = notice,
        };
    }

    /// <summary>The values of each drop-down. Names lose the characters that separate list items, so a chosen "code — nom" stays one item.</summary>
    private static Dictionary<TemplateList, IReadOnlyList<string>> ListValues(string codeRegion, AdministrativeReference reference)
    {
        static string Clean(string name) => string.Join(' ', name.Split(['|', '/', ';', ',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new()
        {
            [TemplateList.CarrierTypes] = ProjetsDefinition.TypePorteur.Vocabulary,
            [TemplateList.YesNo] = ["oui", "non"],
            [TemplateList.Themes] = [.. ThemeVocabulary.All.Select(t => Clean(t.Label))],
            [TemplateList.Volets] = ProjetsDefinition.Volet.Vocabulary,
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

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
