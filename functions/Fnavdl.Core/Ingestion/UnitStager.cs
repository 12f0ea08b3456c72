using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// Writes a file's canonical rows, unit by unit, into Parquet files in a private temporary folder,
/// with bounded row groups, while the file is being validated. Nothing reaches the curated area
/// until the whole file is known to be valid and the units are committed. The files are already
/// named for their version (the ingestion id), as they will be in the curated area.
/// </summary>
public sealed class UnitStager : ICanonicalRowSink, IAsyncDisposable
{
    private readonly string _folder;
    private readonly Lineage _lineage;
    private readonly int _rowGroupSize;
    private readonly Dictionary<string, ProjetsUnitWriter> _projets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SuiviUnitWriter> _suivi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnveloppesUnitWriter> _enveloppes = new(StringComparer.Ordinal);

    /// <param name="folder">A private folder for the staged files (the ingestion's <see cref="WorkFolder"/>).</param>
    public UnitStager(Lineage lineage, string folder, int rowGroupSize = 50_000)
    {
        _folder = folder;
        _lineage = lineage;
        _rowGroupSize = rowGroupSize;
        Directory.CreateDirectory(_folder);
    }

    public ValueTask AddAsync(Projet row, CancellationToken cancellationToken)
    {
        var key = CuratedLayout.ProjetsUnitKey(row.CodeRegion, row.Annee, row.AppelAProjets);
        if (!_projets.TryGetValue(key, out var writer))
            _projets.Add(key, writer = new ProjetsUnitWriter(_lineage, Open, _rowGroupSize));
        return new ValueTask(writer.AddAsync(row, cancellationToken));
    }

    public ValueTask AddAsync(Suivi row, CancellationToken cancellationToken)
    {
        var key = CuratedLayout.SuiviUnitKey(row.CodeRegion, row.Annee);
        if (!_suivi.TryGetValue(key, out var writer))
            _suivi.Add(key, writer = new SuiviUnitWriter(_lineage, Open, _rowGroupSize));
        return new ValueTask(writer.AddAsync(row, cancellationToken));
    }

    public ValueTask AddAsync(Enveloppe row, CancellationToken cancellationToken)
    {
        var key = CuratedLayout.EnveloppesUnitKey(row.CodeRegion, row.Annee);
        if (!_enveloppes.TryGetValue(key, out var writer))
            _enveloppes.Add(key, writer = new EnveloppesUnitWriter(_lineage, Open, _rowGroupSize));
        return new ValueTask(writer.AddAsync(row, cancellationToken));
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

    private string TempPath(string curatedPath) => Path.Combine(_folder, curatedPath.Replace('/', Path.DirectorySeparatorChar));

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
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
