namespace Fnavdl.Core.Schema;

/// <summary>How a header row maps onto the canonical fields of one report kind.</summary>
/// <param name="Kind">The report kind the header was matched against.</param>
/// <param name="ColumnFields">
/// One entry per header column: the field the column feeds, or null for a blank, unknown or
/// duplicate column (a duplicate is listed in <paramref name="Duplicates"/>, only its first
/// column feeds the field).
/// </param>
/// <param name="UnknownColumns">
/// Texts of the non-blank columns that match no field of the kind (a warning), but those listed in
/// <see cref="UnconvertibleUnits"/>.
/// </param>
/// <param name="MissingRequired">Required fields of the kind that no column matches (an error).</param>
/// <param name="Duplicates">Fields matched by two or more columns (an error).</param>
internal sealed record HeaderMatch(
    ReportKind Kind,
    IReadOnlyList<FieldDefinition?> ColumnFields,
    IReadOnlyList<string> UnknownColumns,
    IReadOnlyList<FieldDefinition> MissingRequired,
    IReadOnlyList<DuplicateColumn> Duplicates)
{
    /// <summary>
    /// One entry per header column: the unit its header states when it is not the euro
    /// (« Montant accordé (k€) »: <see cref="AmountUnit.Thousands"/>), else null. Its cells are converted to euros.
    /// </summary>
    public IReadOnlyList<AmountUnit?> ColumnUnits { get; init; } = [];

    /// <summary>Headers that name an amount field in a unit that cannot be converted to euros (left unmatched, a warning).</summary>
    public IReadOnlyList<UnconvertibleUnit> UnconvertibleUnits { get; init; } = [];

    /// <summary>The unit of column <paramref name="column"/>'s amounts, or null for euros (or another field).</summary>
    public AmountUnit? UnitOf(int column) => column >= 0 && column < ColumnUnits.Count ? ColumnUnits[column] : null;

    /// <summary>Number of distinct fields that some column feeds.</summary>
    public int MatchedFieldCount => ColumnFields.Count(f => f is not null);
}
