using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Schema;

/// <summary>
/// Matches a header row to the fields of a report kind and detects the kind from the header alone
/// (report-format.md: never from the file name).
/// </summary>
/// <remarks>
/// <para>
/// A header cell matches a field when its <see cref="HeaderKey"/> equals the key of the field's name
/// or of one of its aliases. Keys are compared whole. A header that does not match may state the unit
/// of an amount field after the words that name it (<see cref="HeaderUnits"/>): <c>"Montant (k€)"</c>
/// matches <c>montant_accorde</c> with <see cref="AmountUnit.Thousands"/> (its cells are converted to
/// euros), <c>"Montant (en €)"</c> matches it in euros, and <c>"Montant ($)"</c> is left unmatched as
/// an <see cref="UnconvertibleUnit"/> rather than read as euros. A unit on any other field is not read.
/// </para>
/// <para>
/// Detection rules. The <em>discriminating</em> fields of a kind are those no other kind has
/// (everything but <c>code_region</c>, <c>annee</c> and <c>id_projet</c>): for instance
/// <c>montant_accorde</c>, <c>thematiques</c>, <c>porteur</c>, <c>intitule</c> for <c>projets</c>;
/// <c>menages_accompagnes</c>, <c>montant_consomme</c> for <c>suivi</c>; <c>enveloppe</c> for
/// <c>enveloppes</c>. A header is <em>recognisable</em> as a kind when it matches at least
/// <see cref="MinimumMatchedFields"/> distinct fields of that kind, at least one of them
/// discriminating. Among the recognisable kinds the one with the most matched fields wins (so a
/// projets header that also carries an "Enveloppe" column stays projets); ties go to the kind
/// missing the fewest required columns, then to the order projets, suivi, enveloppes.
/// A single title cell ("Enveloppe 2021") or a data row is therefore never taken for a header.
/// </para>
/// </remarks>
internal static class KindDetector
{
    public const int MinimumMatchedFields = 2;

    private static readonly ReportKind[] Kinds = [ReportKind.Projets, ReportKind.Suivi, ReportKind.Enveloppes];

    private static readonly Dictionary<ReportKind, Dictionary<string, FieldDefinition>> KeyIndex =
        Kinds.ToDictionary(k => k, k => BuildKeyIndex(FieldCatalog.For(k)));

    private static readonly Dictionary<ReportKind, HashSet<string>> Discriminating =
        Kinds.ToDictionary(k => k, k => FieldCatalog.For(k)
            .Select(f => f.Name)
            .Where(name => Kinds.Where(other => other != k).All(other => FieldCatalog.For(other).All(f => f.Name != name)))
            .ToHashSet());

    /// <summary>The fields of <paramref name="kind"/> that no other kind has.</summary>
    public static IReadOnlySet<string> DiscriminatingFields(ReportKind kind) => Discriminating[kind];

    public static HeaderMatch Match(ReportKind kind, IReadOnlyList<string> headerCells) =>
        Match(kind, FieldCatalog.For(kind), KeyIndex[kind], headerCells);

    /// <summary>Matches a header against the fields of any table definition, one outside the catalogue included.</summary>
    public static HeaderMatch Match(TableDefinition table, IReadOnlyList<string> headerCells)
    {
        ArgumentNullException.ThrowIfNull(table);
        var kind = table.Kind ?? throw new ArgumentException($"Table '{table.Name}' is not read from files.", nameof(table));
        return Match(kind, table.Fields, BuildKeyIndex(table.Fields), headerCells);
    }

    private static HeaderMatch Match(ReportKind kind, IReadOnlyList<FieldDefinition> fields, Dictionary<string, FieldDefinition> index,
        IReadOnlyList<string> headerCells)
    {
        ArgumentNullException.ThrowIfNull(headerCells);
        var columnFields = new FieldDefinition?[headerCells.Count];
        AmountUnit?[]? units = null;
        var unknown = new List<string>();
        List<UnconvertibleUnit>? unconvertible = null;
        var headersByField = new Dictionary<string, List<string>>();

        for (var i = 0; i < headerCells.Count; i++)
        {
            var text = headerCells[i] ?? "";
            if (string.IsNullOrWhiteSpace(text)) continue;
            AmountUnit? unit = null;
            // Keys drop signs, so « Montant accordé ($) » would match as « Montant accordé (€) » does: the unit is read first.
            var stated = HeaderUnits.Read(text);
            var statedField = stated is { Kind: not HeaderUnitKind.None } s && index.TryGetValue(HeaderKey.Normalise(s.Base), out var f)
                && f.Type == FieldType.Amount ? f : null;
            if (statedField is not null && stated!.Value.Kind == HeaderUnitKind.Unconvertible)
            {
                (unconvertible ??= []).Add(new UnconvertibleUnit(text.Trim(), statedField.Name, stated.Value.Unit));
                continue;
            }
            if (!index.TryGetValue(HeaderKey.Normalise(text), out var field))
            {
                if (statedField is null)
                {
                    unknown.Add(text.Trim());
                    continue;
                }
                field = statedField;
                unit = stated!.Value.Scale;
            }
            if (headersByField.TryGetValue(field.Name, out var headers))
            {
                headers.Add(text.Trim()); // the first column wins; this one feeds nothing
                continue;
            }
            headersByField[field.Name] = [text.Trim()];
            columnFields[i] = field;
            if (unit is not null) (units ??= new AmountUnit?[headerCells.Count])[i] = unit;
        }

        var missing = fields.Where(f => f.Required && !headersByField.ContainsKey(f.Name)).ToList();
        var duplicates = fields
            .Where(f => headersByField.TryGetValue(f.Name, out var h) && h.Count > 1)
            .Select(f => new DuplicateColumn(f.Name, headersByField[f.Name]))
            .ToList();
        return new HeaderMatch(kind, columnFields, unknown, missing, duplicates)
        {
            ColumnUnits = units ?? [],
            UnconvertibleUnits = unconvertible ?? [],
        };
    }

    /// <summary>The kind the header belongs to, or null when the row is not a recognisable header.</summary>
    public static HeaderMatch? Detect(IReadOnlyList<string> headerCells)
    {
        ArgumentNullException.ThrowIfNull(headerCells);
        HeaderMatch? best = null;
        foreach (var kind in Kinds)
        {
            var match = Match(kind, headerCells);
            if (!IsRecognisable(match)) continue;
            if (best is null || IsBetter(match, best)) best = match;
        }
        return best;
    }

    private static bool IsRecognisable(HeaderMatch match) =>
        match.MatchedFieldCount >= MinimumMatchedFields
        && match.ColumnFields.Any(f => f is not null && Discriminating[match.Kind].Contains(f.Name));

    // Kinds are visited in preference order, so only a strictly better match replaces the best one.
    private static bool IsBetter(HeaderMatch candidate, HeaderMatch best)
    {
        if (candidate.MatchedFieldCount != best.MatchedFieldCount)
            return candidate.MatchedFieldCount > best.MatchedFieldCount;
        return candidate.MissingRequired.Count < best.MissingRequired.Count;
    }

    private static Dictionary<string, FieldDefinition> BuildKeyIndex(IReadOnlyList<FieldDefinition> fields)
    {
        var index = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            foreach (var text in field.Aliases.Prepend(field.Name))
            {
                var key = HeaderKey.Normalise(text);
                if (index.TryGetValue(key, out var other) && other.Name != field.Name)
                    throw new InvalidOperationException(
                        $"Header alias '{text}' matches both '{other.Name}' and '{field.Name}'.");
                index[key] = field;
            }
        }
        return index;
    }
}
