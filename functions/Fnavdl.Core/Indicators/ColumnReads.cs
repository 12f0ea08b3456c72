using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// Reads one column of one row group into a <see cref="PooledBuffer{T}"/>: fresh arrays of tens of
/// thousands of values each would land on the large-object heap, which only a full collection frees.
/// </summary>
internal static class ColumnReads
{
    public static async Task<PooledBuffer<T>> ReadAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct)
        where T : struct =>
        await ReadIntoAsync(new PooledBuffer<T>(n), buffer => rowGroup.ReadAsync(field, buffer.Memory, null, ct));

    public static async Task<PooledBuffer<T?>> ReadOptionalAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct)
        where T : struct =>
        await ReadIntoAsync(new PooledBuffer<T?>(n), buffer => rowGroup.ReadAsync(field, buffer.Memory, null, ct));

    /// <summary>
    /// A REQUIRED text column as characters: Parquet.Net decodes a dictionary-encoded column's entries once
    /// and points every row at them, where reading it as strings would allocate one string per row.
    /// </summary>
    public static async Task<PooledBuffer<ReadOnlyMemory<char>>> ReadTextAsync(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct)
    {
        if (field.MaxDefinitionLevel > 0 || field.MaxRepetitionLevel > 0)
            throw new InvalidDataException($"{field.Path}: a required, flat text column was expected.");
        return await ReadIntoAsync(new PooledBuffer<ReadOnlyMemory<char>>(n), buffer => rowGroup.ReadRawAsync(field, buffer.Memory, null, null, ct));
    }

    private static async Task<PooledBuffer<T>> ReadIntoAsync<T>(PooledBuffer<T> buffer, Func<PooledBuffer<T>, ValueTask> read)
    {
        try
        {
            await read(buffer);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}
