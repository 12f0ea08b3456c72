using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Spreadsheets;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Validation;

/// <summary>
/// Validates and normalises one uploaded file in a single streaming pass: finds each table's
/// header, detects its kind, checks every cell, and hands the canonical rows to a sink (the lake
/// stager) while the file is still error-free. Every problem lands in the report.
/// </summary>
public sealed class ReportValidator(AdministrativeReference reference, ReadLimits limits)
{

    /// <param name="content">The file, seekable.</param>
    /// <param name="sourcePath">Path in the uploads area, <c>{code_region}/…/{file}</c>: names the format and the report.</param>
    /// <param name="uploadRegion">The region the file was uploaded for (authoritative).</param>
    /// <param name="loadKnownProjects">Loads the project ids already curated for the region, when a `suivi` table needs them.</param>
    /// <param name="sink">Receives canonical rows while the file has no error; null to validate only.</param>
    public Task<ValidationReport> ValidateAsync(Stream content, string sourcePath, string uploadRegion,
        Func<CancellationToken, Task<IReadOnlySet<string>>> loadKnownProjects, ICanonicalRowSink? sink,
        CancellationToken cancellationToken = default) =>
        ValidateAsync(content, sourcePath, uploadRegion, loadKnownProjects, sink, new ReadBudget(limits, cancellationToken));

    /// <summary>As the public overload, reading and validating within <paramref name="budget"/> (tests watch its checks).</summary>
    internal async Task<ValidationReport> ValidateAsync(Stream content, string sourcePath, string uploadRegion,
        Func<CancellationToken, Task<IReadOnlySet<string>>> loadKnownProjects, ICanonicalRowSink? sink, ReadBudget budget)
    {
        var cancellationToken = budget.CancellationToken;
        cancellationToken.ThrowIfCancellationRequested();
        var knownProjects = new ProjectIds(loadKnownProjects);
        var issues = new IssueCollector();
        var kinds = new List<string>();
        var rows = 0;
        var reader = ReportReaders.ForPath(sourcePath);
        if (reader is null)
        {
            issues.Raise(UnsupportedFormat.Of(sourcePath));
        }
        else if (content.Length > limits.MaxUploadBytes)
        {
            issues.Raise(UploadSizeLimit.Message(content.Length, limits.MaxUploadBytes));
        }
        else
        {
            try
            {
                rows = await ReadTablesAsync(reader, content, uploadRegion, knownProjects, sink, issues, kinds, budget);
            }
            catch (UnreadableFileException ex)
            {
                issues.Raise(ex.Issue, ex.Row);
            }
        }

        return new ValidationReport
        {
            SourcePath = sourcePath,
            CodeRegion = uploadRegion,
            SizeBytes = content.CanSeek ? content.Length : 0,
            Kinds = kinds,
            Rows = rows,
            ErrorCount = issues.ErrorCount,
            WarningCount = issues.WarningCount,
            Omitted = issues.Omitted,
            Issues = issues.Issues,
            SourceTables = issues.SourceRows.Tables,
            SourceRows = issues.SourceRows.Rows,
            RegionName = reference.FindRegion(uploadRegion)?.Nom,
            ReferenceSource = reference.Source,
        };
    }

    private async Task<int> ReadTablesAsync(IReportReader reader, Stream content, string region, ProjectIds knownProjects,
        ICanonicalRowSink? sink, IssueCollector issues, List<string> kinds, ReadBudget budget)
    {
        // A workbook (XLSX, ODS) is read from its first sheet that has a header (notes and lists of
        // values often sit on other sheets); a JSON document may hold several report kinds.
        var firstTableOnly = reader is XlsxReportReader or XlsReportReader or XlsbReportReader or OdsReportReader;
        var rows = 0;
        var tablesWithHeader = 0;
        IReadOnlyList<string> firstSeen = [];
        foreach (var table in ReadGuarded(reader, content, budget))
        {
            issues.CurrentSheet = table.SheetName;
            using var enumerator = new GuardedRows(table.Rows);
            HeaderMatch? match;
            IReadOnlyList<string> header;
            var headerRow = 0;
            if (table.Header is { } known)
            {
                header = known;
                match = KindDetector.Detect(known);
            }
            else
            {
                (match, header, headerRow) = HeaderLocator.Find(enumerator, budget);
            }
            if (match is null)
            {
                if (firstSeen.Count == 0) firstSeen = header;
                if (!firstTableOnly) ReportNoHeader(issues, header, table.SheetName);
                continue;
            }
            tablesWithHeader++;
            var kind = match.Kind.ToCode();
            if (!kinds.Contains(kind)) kinds.Add(kind);
            var columns = new ColumnMap(match, header);
            var spreadsheet = table.SheetName is not null;
            CheckHeader(match, columns, issues, spreadsheet ? headerRow : 0, budget);
            foreach (var problem in table.Problems)
            {
                budget.Spend(1);
                issues.Raise(problem.Issue, problem.Row, FieldOf(match, columns, problem.Column) ?? problem.Column, problem.Value);
            }
            var tableIndex = issues.SourceRows.AddTable(table.SheetName, header);
            // Only a JSON document holds several tables, so only there can `suivi` rows refer to
            // projects of the same file; elsewhere remembering every id would only cost memory.
            var rememberProjects = reader is JsonReportReader;
            var row = new RowReader(issues, table.Delimiter, columns, tableIndex, spreadsheet);
            rows += await ReadRowsAsync(match.Kind, columns, row, enumerator, region, knownProjects, rememberProjects, sink, issues, spreadsheet,
                ExpectedRows(content), budget);
            if (firstTableOnly) break;
        }
        issues.CurrentSheet = null;
        if (firstTableOnly && tablesWithHeader == 0) ReportNoHeader(issues, firstSeen, null);
        if (tablesWithHeader > 0 && rows == 0)
            issues.Raise(IssueCatalog.AucuneLigne.SousEnTete.Format());
        return rows;
    }

    /// <summary>
    /// Rows a file of this size likely holds, to size per-row structures up front: a projets row
    /// as regions write it takes 150–200 bytes of CSV, and counting 192 errs towards too few (one
    /// more doubling) rather than too many (memory held for nothing). Compressed workbooks give fewer.
    /// </summary>
    private static int ExpectedRows(Stream content) =>
        content.CanSeek ? (int)Math.Min(content.Length / TypicalBytesPerRow, int.MaxValue) : 0;

    private const int TypicalBytesPerRow = 192;

    private async Task<int> ReadRowsAsync(ReportKind kind, ColumnMap columns, RowReader row, IEnumerator<RawRow> enumerator,
        string region, ProjectIds knownProjects, bool rememberProjects, ICanonicalRowSink? sink, IssueCollector issues, bool spreadsheet,
        int expectedRows, ReadBudget budget)
    {
        var ct = budget.CancellationToken;
        var projets = kind == ReportKind.Projets ? new ProjetsNormaliser(columns, row, region, reference, expectedRows) : null;
        var suivi = kind == ReportKind.Suivi
            ? new SuiviNormaliser(columns, row, region, reference, await knownProjects.WithCuratedAsync(ct))
            : null;
        var enveloppes = kind == ReportKind.Enveloppes ? new EnveloppesNormaliser(columns, row, region, reference) : null;
        var totals = new TotalRows(kind, columns, row);
        var count = 0;
        var raised = issues.ErrorCount + issues.WarningCount;
        while (enumerator.MoveNext())
        {
            var raw = enumerator.Current;
            // Rows are charged by their reader; a row's issues are charged here (each is a message
            // written), so the checks keep coming however many problems a row has.
            budget.Spend(1 + issues.ErrorCount + issues.WarningCount - raised);
            raised = issues.ErrorCount + issues.WarningCount;
            if (raw.IsBlank || totals.LeavesOut(raw)) continue;
            count++;
            WarnCellsOutsideHeader(raw, columns, issues, spreadsheet);
            // Once the file has an error nothing of it will be written: keep checking, stop staging.
            var staging = sink is not null && !issues.HasErrors;
            decimal? amount = null;
            if (projets is not null)
            {
                if (projets.Normalise(raw) is { } p)
                {
                    amount = p.MontantAccorde;
                    if (rememberProjects) knownProjects.Add(p.IdProjet);
                    if (staging && !issues.HasErrors) await sink!.AddAsync(p, ct);
                }
            }
            else if (suivi is not null)
            {
                if (suivi.Normalise(raw) is { } s)
                {
                    amount = s.MontantConsomme;
                    if (staging && !issues.HasErrors) await sink!.AddAsync(s, ct);
                }
            }
            else if (enveloppes!.Normalise(raw) is { } e)
            {
                amount = e.Montant;
                if (staging && !issues.HasErrors) await sink!.AddAsync(e, ct);
            }
            totals.Add(raw, amount);
        }
        return count;
    }

    /// <summary>A value under no header cell is ignored like an unknown column, and said so (once per row).</summary>
    private static void WarnCellsOutsideHeader(RawRow raw, ColumnMap columns, IssueCollector issues, bool spreadsheet)
    {
        // Columns before the first without header text all have one: only the rest can be outside.
        // The walk costs the row's cells, never the width it declares (its dense cells, then those beyond).
        for (var column = columns.FirstWithoutHeader; column < raw.Cells.Length; column++)
        {
            if (!raw.Cells[column].IsEmpty && columns.HeaderOf(column) is null)
            {
                WarnCellOutsideHeader(new RawCell(column, raw.Cells[column]), raw.RowNumber, issues, spreadsheet);
                return;
            }
        }
        foreach (var cell in raw.Beyond)
        {
            if (cell.Column >= columns.FirstWithoutHeader && columns.HeaderOf(cell.Column) is null)
            {
                WarnCellOutsideHeader(cell, raw.RowNumber, issues, spreadsheet);
                return;
            }
        }
    }

    private static void WarnCellOutsideHeader(RawCell cell, int row, IssueCollector issues, bool spreadsheet)
    {
        if (issues.IsFull)
        {
            issues.Count(IssueCatalog.CelluleHorsEnTete.Definition.Severity);
            return;
        }
        issues.Add(ValidationIssue.Of(IssueCatalog.CelluleHorsEnTete.Colonne.Format(("Numero", cell.Column + 1)), row, value: cell.Value.Display) with
        {
            ColumnNumber = cell.Column + 1,
            Cell = spreadsheet ? CellReference.Of(cell.Column, row) : null,
        });
    }

    /// <summary>The canonical field of a column named as the file writes it, if it has one.</summary>
    private static string? FieldOf(HeaderMatch match, ColumnMap columns, string header) =>
        columns.IndexOfHeader(header) is var column and >= 0 && column < match.ColumnFields.Count ? match.ColumnFields[column]?.Name : null;

    /// <param name="headerRow">The header's sheet row, for cell references (0 when not a spreadsheet).</param>
    /// <remarks>A header may be as wide as the file's bytes (100 000 JSON keys): each column's issue is charged to <paramref name="budget"/>.</remarks>
    private static void CheckHeader(HeaderMatch match, ColumnMap columns, IssueCollector issues, int headerRow, ReadBudget budget)
    {
        ValidationIssue AtHeader(IssueMessage message, string header, string? field = null)
        {
            var issue = ValidationIssue.Of(message, field: field, value: field is null ? header : null, column: header);
            var column = columns.IndexOfHeader(header);
            return column < 0 ? issue : issue with
            {
                ColumnNumber = column + 1,
                Cell = headerRow > 0 ? CellReference.Of(column, headerRow) : null,
            };
        }
        foreach (var missing in match.MissingRequired)
            issues.Raise(IssueCatalog.ColonneObligatoireManquante.Colonne.Format(
                ("Champ", missing.Name), ("Intitules", string.Join(", ", missing.Aliases.Take(4).Prepend(missing.Name)))), field: missing.Name);
        if (match.Kind == ReportKind.Projets) ProjetsNormaliser.CheckHeader(columns, issues);
        foreach (var duplicate in match.Duplicates)
            issues.Add(AtHeader(IssueCatalog.ColonneEnDouble.Colonnes.Format(
                ("Champ", duplicate.Field), ("Autres", string.Join(", ", duplicate.Headers.SkipLast(1).Select(h => $"« {h} »")))),
                duplicate.Headers[^1], duplicate.Field));
        foreach (var unknown in match.UnknownColumns)
        {
            budget.Spend(1);
            issues.Add(AtHeader(IssueCatalog.ColonneInconnue.Ignoree.Format(), unknown));
        }
        foreach (var unit in match.UnconvertibleUnits)
            issues.Add(AtHeader(IssueCatalog.ColonneInconnue.UniteNonConvertible.Format(("Champ", unit.Field), ("Unite", unit.Unit)), unit.Header, unit.Field));
        // A unit stated once in a header is said once, at that header, not on each converted cell.
        for (var column = 0; column < match.ColumnFields.Count; column++)
        {
            if (match.UnitOf(column) is not { } unit || columns.HeaderOf(column) is not { } header) continue;
            var factor = MessageNumbers.GroupThousands(unit.Factor.ToString("0", CultureInfo.InvariantCulture));
            var example = MessageNumbers.GroupThousands((93.5m * unit.Factor).ToString("0", CultureInfo.InvariantCulture));
            issues.Add(AtHeader(IssueCatalog.UniteConvertie.Colonne.Format(("Unite", unit.Name), ("Facteur", factor),
                ("Exemple", $"93,5 devient {example},00 €")), header, match.ColumnFields[column]!.Name));
        }
    }

    private static void ReportNoHeader(IssueCollector issues, IReadOnlyList<string> found, string? sheet)
    {
        static string Expected(ReportKind kind) =>
            $"{kind.ToCode()} : {string.Join(", ", FieldCatalog.For(kind).Where(f => f.Required).Select(f => f.Name))}";
        var expected = $"{Expected(ReportKind.Projets)} ; {Expected(ReportKind.Suivi)} ; {Expected(ReportKind.Enveloppes)}";
        var named = found.Where(c => c.Length > 0).Select(c => $"« {c} »").ToList();
        var message = (sheet, named.Count) switch
        {
            (null, 0) => IssueCatalog.EnTeteIntrouvable.FichierSansColonne.Format(("Attendues", expected)),
            (null, _) => IssueCatalog.EnTeteIntrouvable.Fichier.Format(("Attendues", expected), ("Trouvees", string.Join(", ", named))),
            (_, 0) => IssueCatalog.EnTeteIntrouvable.FeuilleSansColonne.Format(("Feuille", sheet), ("Attendues", expected)),
            _ => IssueCatalog.EnTeteIntrouvable.Feuille.Format(("Feuille", sheet), ("Attendues", expected), ("Trouvees", string.Join(", ", named))),
        };
        issues.Add(ValidationIssue.Of(message, sheet: sheet));
    }

    /// <summary>Readers may fail while enumerating (a corrupt part deep in a workbook): that is the file's problem, not ours.</summary>
    private static IEnumerable<RawTable> ReadGuarded(IReportReader reader, Stream content, ReadBudget budget)
    {
        using var tables = Guard(() => reader.Read(content, budget).GetEnumerator());
        while (Guard(tables.MoveNext)) yield return tables.Current;
    }

    private sealed class GuardedRows(IEnumerable<RawRow> rows) : IEnumerator<RawRow>
    {
        private readonly IEnumerator<RawRow> _inner = Guard(rows.GetEnumerator);
        private Func<bool>? _moveNext;
        public RawRow Current => _inner.Current;
        object System.Collections.IEnumerator.Current => Current;
        // One delegate for the whole table, not one per row.
        public bool MoveNext() => Guard(_moveNext ??= _inner.MoveNext);
        public void Reset() => throw new NotSupportedException();
        public void Dispose() => _inner.Dispose();
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            // The library's own text is English and says nothing to a region: it stays in the inner exception.
            throw new UnreadableFileException(IssueCatalog.FichierIllisible.LectureInterrompue.Format(), inner: ex);
        }
    }

    private static bool IsReadFailure(Exception ex) =>
        ex is IOException or InvalidDataException or FormatException or System.Text.DecoderFallbackException
            or System.Text.Json.JsonException or ArgumentException or InvalidOperationException
            or NotSupportedException or IndexOutOfRangeException or OverflowException
        || ex.GetType().Namespace?.StartsWith("ExcelDataReader", StringComparison.Ordinal) == true;
}
