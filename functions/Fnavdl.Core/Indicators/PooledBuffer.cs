using System.Buffers;
using System.Runtime.CompilerServices;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// An array of <see cref="Length"/> values rented from the shared pool and given back on dispose. The
/// indicators decode every column of a year once and lay the year out in a few large arrays: renting them
/// lets one year reuse the previous year's memory instead of leaving it to the large-object heap, which
/// only a full collection frees.
/// </summary>
internal sealed class PooledBuffer<T> : IDisposable
{
    private T[]? _array;

    public PooledBuffer(int length)
    {
        _array = ArrayPool<T>.Shared.Rent(Math.Max(length, 1));
        Length = length;
    }

    public int Length { get; }

    public Span<T> Span => Array.AsSpan(0, Length);

    public ReadOnlySpan<T> Values => Span;

    internal Memory<T> Memory => Array.AsMemory(0, Length);

    private T[] Array => _array ?? throw new ObjectDisposedException(nameof(PooledBuffer<T>));

    public void Dispose()
    {
        if (_array is not { } array) return;
        _array = null;
        ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }
}
