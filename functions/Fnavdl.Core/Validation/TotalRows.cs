using System.Globalization;
using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Validation.Values;
using E = Fnavdl.Core.Schema.Definition.EnveloppesDefinition;
using P = Fnavdl.Core.Schema.Definition.ProjetsDefinition;
using S = Fnavdl.Core.Schema.Definition.SuiviDefinition;

namespace Fnavdl.Core.Validation;

/// <summary>
/// Recognises the total and subtotal rows offices add under their data (« TOTAL », « Sous-total »,
/// « Total général », a SUM in the amount column), so that such a row is one warning that says it is
/// left out, never a dozen missing values.
/// </summary>
/// <remarks>
/// <para>
/// A row is a total row when none of the cells that name a row of the kind says anything but a total
/// label — for <c>projets</c> <c>id_projet</c>, <c>intitule</c> and <c>porteur</c>, for <c>suivi</c>
/// <c>id_projet</c>, for <c>enveloppes</c> <c>annee</c>: each is absent, empty or a label — and either:
/// </para>
/// <list type="bullet">
/// <item>its first non-empty cell, whatever its column, is a total label: text whose first word is
/// « total », « totaux », « sous-total » or « sous-totaux », in any case, with or without accents, hyphen
/// or a colon (« TOTAL », « Total général », « Sous total AAP 2021 », « Total : »; not « Totalement »,
/// not « Montant total »); or</item>
/// <item>its amount (<c>montant_accorde</c>, <c>montant_consomme</c>, <c>enveloppe</c>, read in its
/// column's unit) is not zero and equals the sum of the amounts of at least two data rows above it —
/// those since the previous total row, or all of them (a grand total under subtotals).</item>
/// </list>
/// <para>
/// So a project titled « Total accompagnement » is data: its row has an id and a carrier. A row with no
/// id, title nor carrier and an amount that adds nothing up stays a data row with its missing values.
/// Amounts of data rows are summed as read (in euros, to the cent), rows with errors included.
/// </para>
/// </remarks>
internal sealed class TotalRows
{
    private readonly RowReader _row;
    private readonly ColumnMap _columns;
    private readonly int[] _naming;
    private readonly int _amount;
    private readonly AmountUnit? _unit;
    private decimal _sinceTotal, _all;
    private int _rowsSinceTotal, _rowsAll;

    public TotalRows(ReportKind kind, ColumnMap columns, RowReader row)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = columns;
        _row = row;
        var (naming, amount) = kind switch
        {
            ReportKind.Projets => (new[] { P.IdProjet, P.Intitule, P.Porteur }, P.MontantAccorde),
            ReportKind.Suivi => ([S.IdProjet], S.MontantConsomme),
            _ => (new[] { E.Annee }, E.Enveloppe),
        };
        _naming = [.. naming.Select(columns.IndexOf).Where(c => c >= 0)];
        _amount = columns.IndexOf(amount);
        _unit = columns.UnitOf(_amount);
    }

    /// <summary>
    /// True when <paramref name="raw"/> is a total row: it is reported (one warning, naming the row and
    /// saying it is left out) and the caller skips it. Data rows' amounts are counted with <see cref="Add"/>.
    /// </summary>
    public bool LeavesOut(RawRow raw)
    {
        if (Recognise(raw) is not { } total) return false;
        _row.Begin(raw);
        if (total.Label is { } label)
        {
            var message = total.ExpectedSum is { } sum
                ? IssueCatalog.LigneDeTotal.LibelleSommeDifferente.Format(("Ligne", raw.RowNumber), ("Libelle", label),
                    ("Montant", MessageNumbers.Euros(total.Amount!.Value)), ("Somme", MessageNumbers.Euros(sum)))
                : IssueCatalog.LigneDeTotal.Libelle.Format(("Ligne", raw.RowNumber), ("Libelle", label));
            _row.RaiseAt(message, total.LabelColumn, label);
        }
        else
        {
            var naming = _naming.Select(_columns.HeaderOf).OfType<string>().Select(h => $"« {h} »").ToList();
            _row.RaiseAt(IssueCatalog.LigneDeTotal.Somme.Format(("Ligne", raw.RowNumber),
                ("Identifiants", naming.Count == 1 ? $"la colonne {naming[0]}" : $"les colonnes {string.Join(", ", naming)}"),
                ("Montant", MessageNumbers.Euros(total.Amount!.Value)), ("Nombre", total.SummedRows)), _amount, raw[_amount].Display);
        }
        // A total row ends a group: the next subtotal sums the rows after it.
        _sinceTotal = 0;
        _rowsSinceTotal = 0;
        return true;
    }

    /// <summary>What makes <paramref name="row"/> a total row, or null for a data row. Runs on every row: a data row's id ends it.</summary>
    private TotalRow? Recognise(RawRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var column in _naming)
        {
            var cell = row[column];
            if (!cell.IsEmpty && !IsLabel(cell)) return null;
        }
        var amount = Amount(row);
        var firstCell = Array.FindIndex(row.Cells, c => !c.IsEmpty);
        if (firstCell >= 0 && IsLabel(row.Cells[firstCell]))
            return new TotalRow(firstCell, row.Cells[firstCell].Display.Trim(), amount, ExpectedSum(amount));
        // Without a label, only a sum of two rows or more tells: one row's amount repeated may be a project's.
        if (amount is { } value && value != 0 && ((value == _sinceTotal && _rowsSinceTotal >= 2) || (value == _all && _rowsAll >= 2)))
            return new TotalRow(-1, null, value, null) { SummedRows = value == _sinceTotal && _rowsSinceTotal >= 2 ? _rowsSinceTotal : _rowsAll };
        return null;
    }

    /// <summary>Null when <paramref name="amount"/> is the sum of the rows above (or absent); else the sum it should be.</summary>
    private decimal? ExpectedSum(decimal? amount)
    {
        if (amount is not { } value || value == _sinceTotal || value == _all) return null;
        // Right under a subtotal, a grand total should be the sum of every row above.
        return _rowsSinceTotal == 0 ? _all : _sinceTotal;
    }

    /// <summary>Counts a data row's amount: <paramref name="read"/> when the row was valid, else its cell as the parser reads it.</summary>
    public void Add(RawRow row, decimal? read)
    {
        var amount = read ?? Amount(row);
        if (amount is not { } value) return;
        _sinceTotal += value;
        _all += value;
        _rowsSinceTotal++;
        _rowsAll++;
    }

    private decimal? Amount(RawRow row)
    {
        if (_amount < 0) return null;
        var cell = row[_amount];
        return !cell.IsEmpty && AmountParser.TryParse(cell, _unit, out var euros, out _) ? euros : null;
    }

    /// <summary>« Total… », « Totaux… », « Sous-total… », « Sous-totaux… » as the first word of a text cell.</summary>
    internal static bool IsLabel(in RawValue cell)
    {
        if (cell.Kind != RawValueKind.Text) return false;
        var text = cell.Text!.AsSpan().TrimStart();
        // Most cells (ids, names) start otherwise: no normalisation for them.
        if (!text.StartsWith("tot", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("sous", StringComparison.OrdinalIgnoreCase)) return false;
        var words = FirstWords(text);
        return words[0] is "total" or "totaux" or "soustotal" or "soustotaux"
            || (words[0] == "sous" && words[1] is "total" or "totaux");
    }

    /// <summary>The first two words, lower case and without accents (a hyphen or any sign separates words).</summary>
    private static string[] FirstWords(ReadOnlySpan<char> text)
    {
        var decomposed = text[..Math.Min(text.Length, 40)].ToString().Normalize(NormalizationForm.FormD);
        var words = new[] { "", "" };
        var word = new StringBuilder();
        var index = 0;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length == 0) continue;
            words[index++] = word.ToString();
            word.Clear();
            if (index == words.Length) return words;
        }
        if (word.Length > 0) words[index] = word.ToString();
        return words;
    }
}
