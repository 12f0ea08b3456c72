using System.Globalization;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Summary;

/// <summary>
/// Builds a <see cref="YearlySummary"/> from the indicator engine's rows of the year and the year
/// before, and from the ingestion log filtered to the versions that still own their units.
/// </summary>
public sealed class YearlySummaryBuilder
{
    private readonly IndicatorEngine _engine;
    private readonly AdministrativeReference _reference;

    public YearlySummaryBuilder(IndicatorEngine engine, AdministrativeReference reference)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _reference = reference ?? throw new ArgumentNullException(nameof(reference));
    }

    public async Task<YearlySummary> BuildAsync(IPipelineStore store, int annee, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        // Both years and the lineage from one state of the lake: a correction spanning the two years is in all or none.
        var (rows, units) = await _engine.ComputeAsync(store, [annee - 1, annee], ct);
        var lineage = await LineageAsync(store, units, annee, ct);
        return Build(annee, rows[annee], rows[annee - 1], lineage);
    }

    /// <summary>The pure part: rows of the year and the year before, and the lineage, to the summary.</summary>
    public YearlySummary Build(int annee, IReadOnlyList<IndicatorRow> current, IReadOnlyList<IndicatorRow> previous, IReadOnlyList<SourceFile> lineage)
    {
        var before = previous
            .Where(r => r.Perimetre != Perimetres.Appel)
            .ToDictionary(r => (r.CodeRegion, r.Indicateur, r.Dimension));
        // A change needs data on both sides: a scope (the nation, a region) has data for a year when it has
        // projects that year. Without them the engine still gives figures (an envelope, hence a 0 % engagement
        // rate) that compared with the other year would read as a real change.
        var comparable = WithProjects(current);
        comparable.IntersectWith(WithProjects(previous));
        var figures = current
            .Where(r => r.Perimetre != Perimetres.Appel)
            .Select(r =>
            {
                var prior = comparable.Contains(r.CodeRegion ?? National) ? before.GetValueOrDefault((r.CodeRegion, r.Indicateur, r.Dimension)) : null;
                return new SummaryFigure(r.Perimetre, r.CodeRegion, r.CodeRegion is null ? null : _reference.FindRegion(r.CodeRegion)?.Nom,
                    r.Indicateur, r.Dimension, r.Valeur, r.Numerateur, r.Denominateur, r.Unite, prior?.Valeur, prior?.Denominateur);
            })
            .ToList();

        var yearUnit = $"/annee={annee.ToString(CultureInfo.InvariantCulture)}/";
        var quality = _reference.Regions
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(region =>
            {
                var projets = current.FirstOrDefault(r => r.Perimetre == Perimetres.Region && r.CodeRegion == region.Code && r.Indicateur == Indicateurs.NbProjets && r.Dimension is null);
                var files = lineage.Where(f => f.CodeRegion == region.Code && f.Unites.Any(u => u.Contains(yearUnit, StringComparison.Ordinal))).ToList();
                var nbProjets = projets is null ? 0 : (int)projets.Valeur;
                return new RegionQuality(region.Code, region.Nom, nbProjets > 0, nbProjets, files.Count,
                    files.Count == 0 ? null : files.Max(f => f.DeposeLe), files.Sum(f => f.Avertissements));
            })
            .ToList();

        return new YearlySummary
        {
            Annee = annee,
            DonneesArreteesAu = lineage.Count == 0 ? null : lineage.Max(f => f.TraiteLe),
            Chiffres = figures,
            Qualite = quality,
            Lignage = lineage,
            Definitions = SummaryDefinitions.All,
        };
    }

    private const string National = "";

    /// <summary>The scopes (region codes, <see cref="National"/> for the nation) with at least one project.</summary>
    private static HashSet<string> WithProjects(IReadOnlyList<IndicatorRow> rows) =>
        [.. rows.Where(r => r.Perimetre != Perimetres.Appel && r.Indicateur == Indicateurs.NbProjets && r.Dimension is null && r.Valeur > 0)
            .Select(r => r.CodeRegion ?? National)];

    /// <summary>
    /// Accepted versions that still own at least one unit of the year or the year before (the regions'
    /// manifests name the current owner; a replaced version no longer feeds the figures).
    /// </summary>
    public static async Task<IReadOnlyList<SourceFile>> LineageAsync(IPipelineStore store, int annee, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await LineageAsync(store, [.. (await UnitManifest.ReadAllAsync(store.Units, ct)).SelectMany(m => m.Units)], annee, ct);
    }

    /// <summary>The lineage against the given current units (those the figures were computed from).</summary>
    private static async Task<IReadOnlyList<SourceFile>> LineageAsync(IPipelineStore store, IReadOnlyList<UnitVersion> units, int annee, CancellationToken ct)
    {
        string[] years = [$"/annee={annee.ToString(CultureInfo.InvariantCulture)}/", $"/annee={(annee - 1).ToString(CultureInfo.InvariantCulture)}/"];
        var files = new List<SourceFile>();
        var owners = units.ToDictionary(u => u.UnitKey, StringComparer.Ordinal);
        await foreach (var record in store.Log.ListAsync(null, ct))
        {
            if (record.Outcome != IngestionOutcome.Accepted) continue;
            var owned = new List<string>();
            foreach (var unit in record.UnitsWritten.Where(u => years.Any(y => (u + "/").Contains(y, StringComparison.Ordinal))))
            {
                if (owners.TryGetValue(unit, out var owner) && owner.Sha256 == record.Sha256 && owner.SourcePath == record.SourcePath)
                    owned.Add(unit);
            }
            if (owned.Count > 0)
                files.Add(new SourceFile(record.CodeRegion, record.SourcePath, record.Sha256, record.UploadedAt, record.ProcessedAt, record.Warnings,
                    [.. owned.Order(StringComparer.Ordinal)]));
        }
        // The same version may be logged twice (at-least-once delivery): keep one, deterministically.
        return [.. files
            .GroupBy(f => (f.Chemin, f.Sha256))
            .Select(g => g.OrderBy(f => f.TraiteLe).First())
            .OrderBy(f => f.CodeRegion, StringComparer.Ordinal).ThenBy(f => f.Chemin, StringComparer.Ordinal).ThenBy(f => f.DeposeLe)];
    }
}
