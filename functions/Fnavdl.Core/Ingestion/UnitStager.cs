using System.Threading.Channels;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// Writes a file's canonical rows, unit by unit, into Parquet files in a private temporary folder,
/// with bounded row groups, while the file is being validated. Nothing reaches the curated area
/// until the whole file is known to be valid and the units are committed. The files are already
/// named for their version (the ingestion id), as they will be in the curated area.
/// </summary>
/// <remarks>
/// Reading and validating a row costs about as much as encoding it into Parquet: the rows go in
/// batches, through a bounded channel, to one writer task, so the two halves run on two cores while
/// memory holds at most <see cref="QueuedBatches"/> + 2 batches of rows. One consumer keeps each
/// unit's rows in file order, so the files are those a single thread would write. A failure of the
/// writer task surfaces on the next <c>AddAsync</c> or on <see cref="CompleteAsync"/>, as itself.
/// </remarks>
internal sealed class UnitStager : ICanonicalRowSink, IAsyncDisposable
{
    private const int BatchRows = 1024;
    private const int QueuedBatches = 4;

    private readonly string _folder;
    private readonly StagedUnitFiles _files;
    private readonly Channel<object[]> _batches = Channel.CreateBounded<object[]>(
        new BoundedChannelOptions(QueuedBatches) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _abandon = new();
    private object[] _batch = new object[BatchRows];
    private int _pending;
    private Task? _writer;
    private bool _completed;
    private bool _disposed;

    /// <param name="folder">A private folder for the staged files (the ingestion's <see cref="WorkFolder"/>).</param>
    public UnitStager(Lineage lineage, string folder, int rowGroupSize = 50_000)
    {
        _folder = folder;
        Directory.CreateDirectory(_folder);
        _files = new StagedUnitFiles(lineage, folder, rowGroupSize);
    }

    public ValueTask AddAsync(Projet row, CancellationToken cancellationToken) => Enqueue(row, cancellationToken);

    public ValueTask AddAsync(Suivi row, CancellationToken cancellationToken) => Enqueue(row, cancellationToken);

    public ValueTask AddAsync(Enveloppe row, CancellationToken cancellationToken) => Enqueue(row, cancellationToken);

    private ValueTask Enqueue(object row, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _batch[_pending++] = row;
        return _pending == BatchRows ? SendBatchAsync(ct) : ValueTask.CompletedTask;
    }

    private async ValueTask SendBatchAsync(CancellationToken ct)
    {
        if (_pending == 0) return;
        var batch = _batch;
        if (_pending < batch.Length) Array.Resize(ref batch, _pending);
        _batch = new object[BatchRows];
        _pending = 0;
        _writer ??= Task.Run(WriteBatchesAsync, CancellationToken.None);
        try
        {
            await _batches.Writer.WriteAsync(batch, ct);
        }
        catch (ChannelClosedException)
        {
            // The writer task failed and closed the channel: its own exception is the one to report.
            await _writer;
            throw;
        }
    }

    private async Task WriteBatchesAsync()
    {
        var ct = _abandon.Token;
        try
        {
            await foreach (var batch in _batches.Reader.ReadAllAsync(ct))
                foreach (var row in batch)
                    await (row switch
                    {
                        Projet p => _files.AddAsync(p, ct),
                        Suivi s => _files.AddAsync(s, ct),
                        _ => _files.AddAsync((Enveloppe)row, ct),
                    });
        }
        catch (Exception e)
        {
            _batches.Writer.TryComplete(e);
            throw;
        }
    }

    /// <summary>Writes what is still queued, then closes every unit's files; units in ordinal order of key.</summary>
    public async Task<IReadOnlyList<StagedUnit>> CompleteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        await SendBatchAsync(cancellationToken);
        _completed = true;
        _batches.Writer.TryComplete();
        if (_writer is not null) await _writer.WaitAsync(cancellationToken);
        return await _files.CompleteAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        _completed = true;
        _batches.Writer.TryComplete();
        // Once complete the writer has nothing left; otherwise (file rejected, ingestion failed or cancelled)
        // what is still queued is not worth writing.
        await _abandon.CancelAsync();
        // A failure of the writer was already reported to the caller (or is moot once abandoned): the files are discarded below.
        if (_writer is not null) await _writer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _files.DisposeAsync();
        _abandon.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
