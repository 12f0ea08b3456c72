using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>
/// Writes the five <c>projets</c> tables of ONE replacement unit (region, year, call), streaming:
/// rows are added one by one and a row group is written every <c>rowGroupSize</c> rows of a table.
/// The unit is that of the first row; a row of another unit is refused. The five files are always
/// written, bridges included when empty, so committing them replaces every trace of the old unit; a sixth,
/// the unit's <c>depots</c> file, holds the deposit's lineage once.
/// </summary>
/// <remarks>
/// The writer only writes to the streams <c>openOutput</c> returns (one per file, asked for with the
/// file's path relative to the curated area, when the first row arrives) and disposes them on completion.
/// A writer given no row writes nothing: a unit exists only through its rows.
/// </remarks>
internal sealed class ProjetsUnitWriter : IAsyncDisposable
{
    private readonly Lineage _lineage;
    private readonly Func<string, Stream> _openOutput;
    private readonly int _rowGroupSize;
    private Projet? _first;
    private TableFileWriter<Projet>? _projets;
    private TableFileWriter<ProjetTheme>? _thematiques;
    private TableFileWriter<ProjetCode>? _departements;
    private TableFileWriter<ProjetCode>? _epci;
    private TableFileWriter<ProjetCoPorteur>? _coPorteurs;
    private string? _depot;
    private readonly ProjetsTables.ProjectNumber _number = new();
    private bool _completed;
    private bool _faulted;

    public ProjetsUnitWriter(Lineage lineage, Func<string, Stream> openOutput, int rowGroupSize = UnitWriting.DefaultRowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        ArgumentNullException.ThrowIfNull(openOutput);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        _lineage = lineage;
        _openOutput = openOutput;
        _rowGroupSize = rowGroupSize;
    }

    /// <summary>The unit being written, known from the first row on.</summary>
    public string? UnitKey { get; private set; }

    public async Task AddAsync(Projet row, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        ThrowIfUnusable();
        if (_first is not null && !IsSameUnit(row, _first))
            throw new ArgumentException(
                $"Project '{row.IdProjet}' belongs to another unit than {UnitKey}: one writer per unit.", nameof(row));
        try
        {
            await WriteAsync(row, ct);
        }
        catch
        {
            // A row may now be in some tables and not in others: the files must not be completed.
            _faulted = true;
            throw;
        }
    }

    private async ValueTask WriteAsync(Projet row, CancellationToken ct)
    {
        if (_first is null)
        {
            UnitKey = CuratedLayout.ProjetsUnitKey(row.CodeRegion, row.Annee, row.AppelAProjets);
            await OpenAsync(row, ct);
            _first = row;
        }

        var number = _number.Next();
        await _projets!.AddAsync(row, ct);
        var themes = row.Thematiques;
        if (themes.Count > 0)
        {
            var split = new ThemeShares.CentsSplit(row.MontantAccorde, themes.Count);
            for (var i = 0; i < themes.Count; i++)
                await _thematiques!.AddAsync(new ProjetTheme(number, themes[i], split.Poids, split.MontantPondere(i)), ct);
        }
        // Indexed loops: a foreach over an IReadOnlyList allocates its enumerator, for every project.
        for (var i = 0; i < row.Departements.Count; i++)
            await _departements!.AddAsync(new ProjetCode(number, row.Departements[i]), ct);
        for (var i = 0; i < row.Epci.Count; i++)
            await _epci!.AddAsync(new ProjetCode(number, row.Epci[i]), ct);
        for (var i = 0; i < row.CoPorteurs.Count; i++)
            await _coPorteurs!.AddAsync(new ProjetCoPorteur(number, i + 1, row.CoPorteurs[i]), ct);
    }

    /// <summary>Flushes and closes the five files, then writes the unit's <c>depots</c> file; returns their relative paths (main table first).</summary>
    public async Task<IReadOnlyList<string>> CompleteAsync(CancellationToken ct = default)
    {
        ThrowIfUnusable();
        _completed = true;
        if (_projets is null) return [];
        await _projets.CompleteAsync(ct);
        await _thematiques!.CompleteAsync(ct);
        await _departements!.CompleteAsync(ct);
        await _epci!.CompleteAsync(ct);
        await _coPorteurs!.CompleteAsync(ct);
        await DepotFile.WriteAsync(_depot!, _first!.CodeRegion, _lineage, _openOutput, ct);
        return [_projets.Path, _thematiques.Path, _departements.Path, _epci.Path, _coPorteurs.Path, _depot!];
    }

    public async ValueTask DisposeAsync()
    {
        await UnitWriting.DisposeAllAsync(_projets, _thematiques, _departements, _epci, _coPorteurs);
    }

    private static bool IsSameUnit(Projet row, Projet first) =>
        row.CodeRegion == first.CodeRegion && row.Annee == first.Annee
        && string.Equals(row.AppelAProjets, first.AppelAProjets, StringComparison.Ordinal);

    private void ThrowIfUnusable()
    {
        if (_completed) throw new InvalidOperationException("The unit is already complete.");
        if (_faulted) throw new InvalidOperationException("An earlier write failed: the unit's files are incomplete and must be discarded.");
    }

    private async Task OpenAsync(Projet row, CancellationToken ct)
    {
        var files = CuratedLayout.ProjetsFiles(row.CodeRegion, row.Annee, row.AppelAProjets, _lineage.IngestionId);
        // Assigned one by one so that DisposeAsync releases whatever was opened if a later open fails.
        _projets = await TableFileWriter<Projet>.OpenAsync(files[0], ProjetsTables.Main(_lineage, _number), _openOutput, _rowGroupSize, ct);
        _thematiques = await TableFileWriter<ProjetTheme>.OpenAsync(files[1], ProjetsTables.Thematiques, _openOutput, _rowGroupSize, ct);
        _departements = await TableFileWriter<ProjetCode>.OpenAsync(files[2], ProjetsTables.Departements, _openOutput, _rowGroupSize, ct);
        _epci = await TableFileWriter<ProjetCode>.OpenAsync(files[3], ProjetsTables.Epci, _openOutput, _rowGroupSize, ct);
        _coPorteurs = await TableFileWriter<ProjetCoPorteur>.OpenAsync(files[4], ProjetsTables.CoPorteurs, _openOutput, _rowGroupSize, ct);
        _depot = files[5];
    }
}
