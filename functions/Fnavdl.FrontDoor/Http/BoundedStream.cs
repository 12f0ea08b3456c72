namespace Fnavdl.FrontDoor.Http;

/// <summary>
/// A request body read at most up to a bound: one byte past it and reading fails with
/// <see cref="InvalidDataException"/> (<see cref="Exceeded"/> says why), so no part of a form — a file or a field —
/// makes the server read more than the bound, on Kestrel as behind the Functions host.
/// </summary>
internal sealed class BoundedStream(Stream inner, long maxBytes) : Stream
{
    private long _read;

    public bool Exceeded { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, Window(count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer[..Window(buffer.Length)], cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Asks for no more than one byte past the bound, so a body that ends exactly there is not refused.</summary>
    private int Window(int count) => (int)Math.Min(count, Math.Max(1, maxBytes - _read + 1));

    private int Count(int read)
    {
        _read += read;
        if (_read > maxBytes)
        {
            Exceeded = true;
            throw new InvalidDataException($"Request body over {maxBytes} bytes.");
        }
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
