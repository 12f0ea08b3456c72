using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Spreadsheets;
using Fnavdl.Core.Validation.Values;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Validation;

/// <summary>
/// Reads typed values out of one source row, reporting each problem with the row and field the
/// user sees. A row with any error is marked so the caller drops it from the output (the file is
/// rejected anyway) while every other cell is still checked and reported. Each problem names the
/// column as the file wrote it (and the XLSX cell), and the row is kept for the report.
/// </summary>
/// <param name="table">Index of the table in the report's <see cref="IssueCollector.SourceRows"/>.</param>
/// <param name="cellReferences">True for spreadsheets, whose problems carry an A1 cell reference.</param>
internal sealed class RowReader(IssueCollector issues, char? csvDelimiter, ColumnMap columns, int table, bool cellReferences)
{
    private RawRow _row = new(0, []);

    public int RowNumber => _row.RowNumber;
    public bool HasErrors { get; private set; }
    public IssueCollector Issues => issues;

    public void Begin(RawRow row)
    {
        _row = row;
        HasErrors = false;
    }

    public RawValue Raw(int column) => ColumnMap.Cell(_row, column);

    /// <summary>
    /// Records a catalogue message on this row, its sentence naming the field's column as the file wrote it;
    /// an error (the catalogue says which) marks the row.
    /// </summary>
    public void Raise(IssueMessage message, string? field, string? value = null)
    {
        if (message.Severity == Severity.Error) HasErrors = true;
        if (issues.IsFull)
        {
            issues.Count(message.Severity);
            return;
        }
        var column = field is null ? -1 : columns.IndexOf(field);
        var issue = ValidationIssue.Of(message, _row.RowNumber, field, value, column: columns.HeaderOf(column));
        if (column >= 0)
            issue = issue with
            {
                ColumnNumber = column + 1,
                Cell = cellReferences ? CellReference.Of(column, _row.RowNumber) : null,
            };
        issues.Add(issue);
        issues.SourceRows.Keep(table, issues.CurrentSheet, _row);
    }

    /// <summary>
    /// Records a catalogue message on this row at a column given by its position, not its field (a total
    /// row's label may sit under any header, or none: the sentence then names the column by its number).
    /// </summary>
    public void RaiseAt(IssueMessage message, int column, string? value)
    {
        if (message.Severity == Severity.Error) HasErrors = true;
        if (issues.IsFull)
        {
            issues.Count(message.Severity);
            return;
        }
        var header = columns.HeaderOf(column);
        var issue = ValidationIssue.Of(message.InColumn(header ?? $"n° {column + 1}"), _row.RowNumber, value: value) with
        {
            Column = header,
            ColumnNumber = column >= 0 ? column + 1 : null,
            Cell = cellReferences && column >= 0 ? CellReference.Of(column, _row.RowNumber) : null,
        };
        issues.Add(issue);
        issues.SourceRows.Keep(table, issues.CurrentSheet, _row);
    }

    /// <summary>
    /// True when the cell is empty. A required value is reported as missing, except when the whole
    /// column is absent: that is one header problem, reported once, not once per row.
    /// </summary>
    private bool Missing(int column, RawValue raw, string field, bool required)
    {
        if (!raw.IsEmpty) return false;
        if (required && column >= 0)
            Raise(IssueCatalog.ValeurObligatoireManquante.Cellule.Format(("Champ", field)), field);
        return true;
    }

    private void Report(IssueMessage error, string field, RawValue raw) => Raise(error, field, raw.Display);

    // The overloads that take the field's definition read its name, whether it is required and its range there.
    public string? Text(int column, FieldDefinition field) => Text(column, field.Name, field.Required);

    public decimal? Amount(int column, FieldDefinition field) => Amount(column, field.Name, field.Required);

    public int? Integer(int column, FieldDefinition field) => Integer(column, field.Name, field.Required,
        field.Minimum is { } min ? (int)min : int.MinValue, field.Maximum is { } max ? (int)max : int.MaxValue);

    public int? Year(int column, FieldDefinition field) => Year(column, field.Name, field.Required);

    public DateOnly? Date(int column, FieldDefinition field) => Date(column, field.Name, field.Required);

    public bool? Boolean(int column, FieldDefinition field) => Boolean(column, field.Name);

    public IReadOnlyList<string> List(int column, FieldDefinition field) => List(column, field.Name, field.Required);

    public string? Text(int column, string field, bool required)
    {
        var raw = Raw(column);
        if (Missing(column, raw, field, required)) return null;
        var text = raw.Display.Trim();
        if (text.Length == 0) return null;
        return Acceptable(text, field) ? text : null;
    }

    /// <summary>The one text rule (<see cref="TextValueRule"/>), for cells and list items alike.</summary>
    private bool Acceptable(string text, string field)
    {
        if (TextValueRule.Check(text, field) is not { } error) return true;
        Raise(error, field, text);
        return false;
    }

    public decimal? Amount(int column, string field, bool required)
    {
        var raw = Raw(column);
        if (Missing(column, raw, field, required)) return null;
        if (!AmountParser.TryParse(raw, columns.UnitOf(column), out var euros, out var error)) { Report(error!, field, raw); return null; }
        if (euros < 0)
        {
            Raise(IssueCatalog.ValeurHorsPlage.MontantNegatif.Format(("Champ", field)), field, raw.Display);
            return null;
        }
        return euros;
    }

    public int? Integer(int column, string field, bool required, int min, int max)
    {
        var raw = Raw(column);
        if (Missing(column, raw, field, required)) return null;
        if (!IntegerParser.TryParse(raw, out var value, out var error)) { Report(error!, field, raw); return null; }
        if (value < min || value > max)
        {
            var message = max == int.MaxValue
                ? IssueCatalog.ValeurHorsPlage.EntierMinimum.Format(("Champ", field), ("Min", min))
                : IssueCatalog.ValeurHorsPlage.EntierEntre.Format(("Champ", field), ("Min", min), ("Max", max));
            Raise(message, field, raw.Display);
            return null;
        }
        return value;
    }

    public int? Year(int column, string field, bool required)
    {
        var raw = Raw(column);
        if (Missing(column, raw, field, required)) return null;
        if (!YearParser.TryParse(raw, out var year, out var error)) { Report(error!, field, raw); return null; }
        return year;
    }

    public DateOnly? Date(int column, string field, bool required)
    {
        var raw = Raw(column);
        if (Missing(column, raw, field, required)) return null;
        if (!DateParser.TryParse(raw, out var date, out var error)) { Report(error!, field, raw); return null; }
        // A date gives the programme year when `annee` is blank: its year obeys the same range,
        // whether or not `annee` is given, so a file's fate never depends on which column is filled.
        if (date.Year is < CommonDefinitions.FirstYear or > CommonDefinitions.LastYear)
        {
            Raise(IssueCatalog.AnneeInvalide.DateHorsPlage.Format(
                ("Annee", date.Year), ("Champ", field), ("Min", CommonDefinitions.FirstYear), ("Max", CommonDefinitions.LastYear)), field, raw.Display);
            return null;
        }
        return date;
    }

    public bool? Boolean(int column, string field)
    {
        var raw = Raw(column);
        if (raw.IsEmpty) return null;
        if (!BooleanParser.TryParse(raw, out var value, out var error)) { Report(error!, field, raw); return null; }
        return value;
    }

    public IReadOnlyList<string> List(int column, string field, bool required)
    {
        var raw = Raw(column);
        if (Missing(column, raw, field, required)) return [];
        var items = ListSplitter.Split(raw, csvDelimiter);
        for (var i = 0; i < items.Count; i++)
            if (!Acceptable(items[i], field)) return [];
        if (items.Count == 0 && required)
            Raise(IssueCatalog.ValeurObligatoireManquante.ListeVide.Format(("Champ", field)), field, raw.Display);
        return items;
    }
}
