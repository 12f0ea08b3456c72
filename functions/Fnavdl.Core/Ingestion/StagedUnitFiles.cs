using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// The Parquet writers of every unit a file touches, each opened when its unit's first row arrives,
/// writing into a private temporary folder under the names the files will have in the curated area.
/// Used by one thread at a time (the <see cref="UnitStager"/>'s writer task).
/// </summary>
internal sealed class StagedUnitFiles(Lineage lineage, string folder, int rowGroupSize) : IAsyncDisposable
{
    private readonly Dictionary<string, ProjetsUnitWriter> _projets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactUnitWriter<Suivi>> _suivi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactUnitWriter<Enveloppe>> _enveloppes = new(StringComparer.Ordinal);
    // The unit key (a slug and a hash of the call) is built once per (region, year, call), not once per row.
    private readonly Dictionary<(string CodeRegion, int Annee, string AppelAProjets), ProjetsUnitWriter> _projetsByUnit = [];

    // A file's rows go to a few units, often interleaved (several calls), and the reader often hands out one
    // string object per distinct region and call: the writers of the last units used are found by comparing
    // references, without hashing the unit's strings for every row.
    private const int RecentUnits = 8;
    private readonly (Projet Row, ProjetsUnitWriter Writer)[] _recent = new (Projet, ProjetsUnitWriter)[RecentUnits];
    private int _recentCount;

    public Task AddAsync(Projet row, CancellationToken ct)
    {
        for (var i = 0; i < _recentCount; i++)
        {
            var (seen, writer) = _recent[i];
            if (ReferenceEquals(row.CodeRegion, seen.CodeRegion) && row.Annee == seen.Annee && ReferenceEquals(row.AppelAProjets, seen.AppelAProjets))
                return writer.AddAsync(row, ct);
        }
        var found = WriterOf(row);
        // Oldest out: the entries move down one place and the new one goes first.
        Array.Copy(_recent, 0, _recent, 1, Math.Min(_recentCount, RecentUnits - 1));
        _recent[0] = (row, found);
        _recentCount = Math.Min(_recentCount + 1, RecentUnits);
        return found.AddAsync(row, ct);
    }

    private ProjetsUnitWriter WriterOf(Projet row)
    {
        var unit = (row.CodeRegion, row.Annee, row.AppelAProjets);
        if (!_projetsByUnit.TryGetValue(unit, out var writer))
        {
            var key = CuratedLayout.ProjetsUnitKey(row.CodeRegion, row.Annee, row.AppelAProjets);
            if (!_projets.TryGetValue(key, out writer))
                _projets.Add(key, writer = new ProjetsUnitWriter(lineage, Open, rowGroupSize));
            _projetsByUnit.Add(unit, writer);
        }
        return writer;
    }

    public Task AddAsync(Suivi row, CancellationToken ct)
    {
        var key = CuratedLayout.SuiviUnitKey(row.CodeRegion, row.Annee);
        if (!_suivi.TryGetValue(key, out var writer))
            _suivi.Add(key, writer = FactUnitWriter.Suivi(lineage, Open, rowGroupSize));
        return writer.AddAsync(row, ct);
    }

    public Task AddAsync(Enveloppe row, CancellationToken ct)
    {
        var key = CuratedLayout.EnveloppesUnitKey(row.CodeRegion, row.Annee);
        if (!_enveloppes.TryGetValue(key, out var writer))
            _enveloppes.Add(key, writer = FactUnitWriter.Enveloppes(lineage, Open, rowGroupSize));
        return writer.AddAsync(row, ct);
    }

    /// <summary>Closes every unit's files; units in ordinal order of key, so commits take locks in one order.</summary>
    public async Task<IReadOnlyList<StagedUnit>> CompleteAsync(CancellationToken cancellationToken)
    {
        var units = new List<StagedUnit>();
        foreach (var (key, writer) in _projets) units.Add(Staged(key, await writer.CompleteAsync(cancellationToken)));
        foreach (var (key, writer) in _suivi) units.Add(Staged(key, await writer.CompleteAsync(cancellationToken)));
        foreach (var (key, writer) in _enveloppes) units.Add(Staged(key, await writer.CompleteAsync(cancellationToken)));
        units.Sort((a, b) => string.CompareOrdinal(a.UnitKey, b.UnitKey));
        return units;
    }

    private StagedUnit Staged(string key, IReadOnlyList<string> curatedPaths) =>
        new(key, curatedPaths.Select(p => new StagedFile(p, TempPath(p))).ToList());

    private string TempPath(string curatedPath) => Path.Combine(folder, curatedPath.Replace('/', Path.DirectorySeparatorChar));

    private Stream Open(string curatedPath)
    {
        var path = TempPath(curatedPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _projets.Values) await writer.DisposeAsync();
        foreach (var writer in _suivi.Values) await writer.DisposeAsync();
        foreach (var writer in _enveloppes.Values) await writer.DisposeAsync();
    }
}
