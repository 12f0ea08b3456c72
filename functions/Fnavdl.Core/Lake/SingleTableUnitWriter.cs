using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>
/// The common part of the <c>suivi</c> and <c>enveloppes</c> writers: one table, one file per unit,
/// the unit given by the first row's (region, year), and the unit's <c>depots</c> file.
/// </summary>
internal sealed class SingleTableUnitWriter<TRow>(
    LakeTable<TRow> table,
    Lineage lineage,
    Func<TRow, (string CodeRegion, int Annee)> unitOf,
    Func<string, int, string> unitKey,
    Func<string, int, IReadOnlyList<string>> files,
    Func<string, Stream> openOutput,
    int rowGroupSize) : IAsyncDisposable
{
    private (string CodeRegion, int Annee)? _unit;
    private TableFileWriter<TRow>? _file;
    private string? _depot;
    private bool _completed;
    private bool _faulted;

    public string? UnitKey { get; private set; }

    public async Task AddAsync(TRow row, CancellationToken ct)
    {
        ThrowIfUnusable();
        var unit = unitOf(row);
        if (_unit is not null && _unit != unit)
            throw new ArgumentException($"A {table.Name} row of another unit than {UnitKey}: one writer per unit.", nameof(row));
        try
        {
            if (_unit is null)
            {
                UnitKey = unitKey(unit.CodeRegion, unit.Annee);
                var paths = files(unit.CodeRegion, unit.Annee);
                _file = await TableFileWriter<TRow>.OpenAsync(paths[0], table, openOutput, rowGroupSize, ct);
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

    public async Task<IReadOnlyList<string>> CompleteAsync(CancellationToken ct)
    {
        ThrowIfUnusable();
        _completed = true;
        if (_file is null) return [];
        await _file.CompleteAsync(ct);
        await DepotFile.WriteAsync(_depot!, _unit!.Value.CodeRegion, lineage, openOutput, ct);
        return [_file.Path, _depot!];
    }

    public ValueTask DisposeAsync() => _file?.DisposeAsync() ?? ValueTask.CompletedTask;
}
