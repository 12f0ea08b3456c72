using Parquet;

namespace Fnavdl.Core.Lake;

/// <summary>
/// Streams one Parquet file of one table: each row's values are copied into per-column buffers until
/// <c>rowGroupSize</c> rows are there, then written as a row group; the buffers are reused for the next
/// one, so memory is bounded by one row group of values (not of row objects).
/// </summary>
internal sealed class TableFileWriter<TRow> : IAsyncDisposable
{
    private readonly Stream _output;
    private readonly ParquetWriter _writer;
    private readonly int _rowGroupSize;
    private readonly ColumnBuffer<TRow>[] _columns;
    private int _pending;
    private bool _closed;
    private bool _faulted;

    private TableFileWriter(string path, LakeTable<TRow> table, Stream output, ParquetWriter writer, int rowGroupSize)
    {
        Path = path;
        _output = output;
        _writer = writer;
        _rowGroupSize = rowGroupSize;
        _columns = table.Columns.Select(c => c.CreateBuffer(rowGroupSize)).ToArray();
    }

    /// <summary>The file's path relative to the curated area.</summary>
    public string Path { get; }

    public static async Task<TableFileWriter<TRow>> OpenAsync(
        string path, LakeTable<TRow> table, Func<string, Stream> openOutput, int rowGroupSize, CancellationToken ct)
    {
        var output = openOutput(path);
        try
        {
            var writer = await ParquetWriter.CreateAsync(table.Schema, output, LakeParquetOptions.Create(), append: false, ct);
            return new TableFileWriter<TRow>(path, table, output, writer, rowGroupSize);
        }
        catch
        {
            await output.DisposeAsync();
            throw;
        }
    }

    /// <remarks>
    /// Not an async method: it runs for every row of every table, and only one row in a row group has
    /// anything to await (the flush).
    /// </remarks>
    public ValueTask AddAsync(TRow row, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        ThrowIfFaulted();
        try
        {
            foreach (var column in _columns) column.Append(row);
        }
        catch
        {
            // Some columns took the row and others not: the buffers no longer line up.
            _faulted = true;
            throw;
        }
        return ++_pending >= _rowGroupSize ? new ValueTask(FlushRowGroupAsync(ct)) : ValueTask.CompletedTask;
    }

    /// <summary>Writes the last row group and the footer, then closes the output.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        ThrowIfFaulted();
        await FlushRowGroupAsync(ct);
        _closed = true;
        await _writer.DisposeAsync();
        await _output.DisposeAsync();
    }

    /// <summary>Releases the output without completing it (the file is then unusable, and the caller discards it).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closed) return;
        _closed = true;
        try
        {
            await _writer.DisposeAsync();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
        {
            // An abandoned file may not be closable (e.g. a half-written row group); it is discarded anyway.
        }
        finally
        {
            await _output.DisposeAsync();
        }
    }

    private void ThrowIfFaulted()
    {
        if (_faulted) throw new InvalidOperationException($"A row was refused half-way into {Path}: the file is abandoned.");
    }

    private async Task FlushRowGroupAsync(CancellationToken ct)
    {
        if (_pending == 0) return;
        using (var rowGroup = _writer.CreateRowGroup())
        {
            foreach (var column in _columns)
                await column.FlushAsync(rowGroup, ct);
            rowGroup.CompleteValidate();
        }
        _pending = 0;
    }
}
