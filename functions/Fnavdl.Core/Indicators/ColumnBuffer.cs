using System.Buffers;
using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// One column of one row group, decoded into an array rented from the shared pool and given back on
/// dispose: the indicators read every column of a year once, and fresh arrays of tens of thousands of
/// values each would land on the large-object heap, which only a full collection frees.
/// </summary>
internal sealed class ColumnBuffer<T> : IDisposable
{
    private T[]? _array;
    private readonly int _count;

    internal ColumnBuffer(int count)
    {
        _array = ArrayPool<T>.Shared.Rent(Math.Max(count, 1));
        _count = count;
    }

    public ReadOnlySpan<T> Values => _array.AsSpan(0, _count);

    internal Memory<T> Memory => _array.AsMemory(0, _count);

    public void Dispose()
    {
        if (_array is not { } array) return;
        _array = null;
        ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }
}

/// <summary>Reads a row group's column into a <see cref="ColumnBuffer{T}"/>.</summary>
internal static class ColumnBuffer
{
    public static async Task<ColumnBuffer<T>> ReadAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct)
        where T : struct =>
        await ReadIntoAsync(new ColumnBuffer<T>(n), buffer => rowGroup.ReadAsync(field, buffer.Memory, null, ct));

    public static async Task<ColumnBuffer<T?>> ReadOptionalAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct)
        where T : struct =>
        await ReadIntoAsync(new ColumnBuffer<T?>(n), buffer => rowGroup.ReadAsync(field, buffer.Memory, null, ct));

    /// <summary>
    /// A REQUIRED text column as characters: Parquet.Net decodes a dictionary-encoded column's entries once
    /// and points every row at them, where reading it as strings would allocate one string per row.
    /// </summary>
    public static async Task<ColumnBuffer<ReadOnlyMemory<char>>> ReadTextAsync(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct)
    {
        if (field.MaxDefinitionLevel > 0 || field.MaxRepetitionLevel > 0)
            throw new InvalidDataException($"{field.Path}: a required, flat text column was expected.");
        return await ReadIntoAsync(new ColumnBuffer<ReadOnlyMemory<char>>(n), buffer => rowGroup.ReadRawAsync(field, buffer.Memory, null, null, ct));
    }

    private static async Task<ColumnBuffer<T>> ReadIntoAsync<T>(ColumnBuffer<T> buffer, Func<ColumnBuffer<T>, ValueTask> read)
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
