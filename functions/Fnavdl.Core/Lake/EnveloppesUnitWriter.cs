using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>
/// Writes the <c>enveloppes</c> file of ONE replacement unit (region, year), streaming with a row group
/// every <c>rowGroupSize</c> rows. Same contract as <see cref="ProjetsUnitWriter"/>.
/// </summary>
public sealed class EnveloppesUnitWriter : IAsyncDisposable
{
    private readonly SingleTableUnitWriter<Enveloppe> _inner;

    public EnveloppesUnitWriter(Lineage lineage, Func<string, Stream> openOutput, int rowGroupSize = UnitWriting.DefaultRowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        ArgumentNullException.ThrowIfNull(openOutput);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        _inner = new SingleTableUnitWriter<Enveloppe>(
            FactTables.Enveloppes(lineage), lineage, e => (e.CodeRegion, e.Annee),
            CuratedLayout.EnveloppesUnitKey, (r, a) => CuratedLayout.EnveloppesFiles(r, a, lineage.IngestionId), openOutput, rowGroupSize);
    }

    /// <summary>The unit being written, known from the first row on.</summary>
    public string? UnitKey => _inner.UnitKey;

    public Task AddAsync(Enveloppe row, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _inner.AddAsync(row, ct);
    }

    /// <summary>Flushes and closes the file, then writes the unit's <c>depots</c> file; returns their relative paths (none if no row was added).</summary>
    public Task<IReadOnlyList<string>> CompleteAsync(CancellationToken ct = default) => _inner.CompleteAsync(ct);

    public ValueTask DisposeAsync() => _inner.DisposeAsync();
}
