using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>
/// Writes the file of ONE replacement unit (region, year) of a one-table kind (<see cref="FactUnitWriter"/>),
/// streaming with a row group every <c>rowGroupSize</c> rows; the unit is given by the first row; then the unit's
/// <c>depots</c> file (<see cref="DepotFile"/>). Same contract as <see cref="ProjetsUnitWriter"/>.
/// </summary>
internal sealed class FactUnitWriter<TRow> : IAsyncDisposable
{
    private readonly LakeTable<TRow> _table;
    private readonly Lineage _lineage;
    private readonly Func<TRow, (string CodeRegion, int Annee)> _unitOf;
    private readonly Func<string, int, string> _unitKey;
    private readonly Func<string, int, IReadOnlyList<string>> _files;
    private readonly Func<string, Stream> _openOutput;
    private readonly int _rowGroupSize;
    private (string CodeRegion, int Annee)? _unit;
    private TableFileWriter<TRow>? _file;
    private string? _depot;
    private bool _completed;
    private bool _faulted;

    /// <param name="files">The unit's files: the table's, then its <c>depots</c> file.</param>
    internal FactUnitWriter(LakeTable<TRow> table, Lineage lineage, Func<TRow, (string CodeRegion, int Annee)> unitOf, Func<string, int, string> unitKey,
        Func<string, int, IReadOnlyList<string>> files, Func<string, Stream> openOutput, int rowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(openOutput);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        (_table, _lineage, _unitOf, _unitKey, _files, _openOutput, _rowGroupSize) = (table, lineage, unitOf, unitKey, files, openOutput, rowGroupSize);
    }

    /// <summary>The unit being written, known from the first row on.</summary>
    public string? UnitKey { get; private set; }

    public async Task AddAsync(TRow row, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        ThrowIfUnusable();
        var unit = _unitOf(row);
        if (_unit is not null && _unit != unit)
            throw new ArgumentException($"A {_table.Name} row of another unit than {UnitKey}: one writer per unit.", nameof(row));
        try
        {
            if (_unit is null)
            {
                UnitKey = _unitKey(unit.CodeRegion, unit.Annee);
                var paths = _files(unit.CodeRegion, unit.Annee);
                _file = await TableFileWriter<TRow>.OpenAsync(paths[0], _table, _openOutput, _rowGroupSize, ct);
                _depot = paths[1];
                _unit = unit;
            }
            await _file!.AddAsync(row, ct);
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    private void ThrowIfUnusable()
    {
        if (_completed) throw new InvalidOperationException("The unit is already complete.");
        if (_faulted) throw new InvalidOperationException("An earlier write failed: the unit's file is incomplete and must be discarded.");
    }

    /// <summary>Flushes and closes the file, then writes the unit's <c>depots</c> file; returns their relative paths (none if no row was added).</summary>
    public async Task<IReadOnlyList<string>> CompleteAsync(CancellationToken ct = default)
    {
        ThrowIfUnusable();
        _completed = true;
        if (_file is null) return [];
        await _file.CompleteAsync(ct);
        await DepotFile.WriteAsync(_depot!, _unit!.Value.CodeRegion, _lineage, _openOutput, ct);
        return [_file.Path, _depot!];
    }

    public ValueTask DisposeAsync() => _file?.DisposeAsync() ?? ValueTask.CompletedTask;
}
