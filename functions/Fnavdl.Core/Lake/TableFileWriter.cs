using Parquet;

namespace Fnavdl.Core.Lake;

/// <summary>
/// Streams one Parquet file of one table: rows are buffered until <c>rowGroupSize</c> of them are
/// there, then written as a row group and released, so memory is bounded by one row group.
/// </summary>
internal sealed class TableFileWriter<TRow> : IAsyncDisposable
{
    private readonly LakeTable<TRow> _table;
    private readonly Stream _output;
    private readonly ParquetWriter _writer;
    private readonly int _rowGroupSize;
    private readonly List<TRow> _pending;
    private bool _closed;

    private TableFileWriter(string path, LakeTable<TRow> table, Stream output, ParquetWriter writer, int rowGroupSize)
    {
        Path = path;
        _table = table;
        _output = output;
        _writer = writer;
        _rowGroupSize = rowGroupSize;
        _pending = new List<TRow>(Math.Min(rowGroupSize, 4096));
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

    public async Task AddAsync(TRow row, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        _pending.Add(row);
        if (_pending.Count >= _rowGroupSize) await FlushRowGroupAsync(ct);
    }

    /// <summary>Writes the last row group and the footer, then closes the output.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
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

    private async Task FlushRowGroupAsync(CancellationToken ct)
    {
        if (_pending.Count == 0) return;
        using (var rowGroup = _writer.CreateRowGroup())
        {
            foreach (var column in _table.Columns)
                await column.WriteAsync(rowGroup, _pending, ct);
            rowGroup.CompleteValidate();
        }
        _pending.Clear();
    }
}
