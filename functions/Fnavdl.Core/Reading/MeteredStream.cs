using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// A read-only view of a stream that charges each read to a <see cref="ReadBudget"/>: the bytes of
/// the upload (<see cref="ReadBudget.Read"/>), or the bytes a package part inflates to
/// (<see cref="ReadBudget.Inflated"/>). Whatever loop parses through it (a CSV scan, an XML reader, a
/// JSON parser) so observes cancellation every few hundred kilobytes, and a package cannot inflate
/// past its allowance whatever its parts declare or however often they are read.
/// </summary>
/// <remarks>
/// A part (XML) may not run more than <see cref="MaxRunBytes"/> without a <c>&lt;</c>: an XML reader
/// holds a whole node (a text, a tag and its attributes) in memory, and a cell's longest text with
/// every character escaped is far shorter. Past it the file is refused, before the node is held.
/// A binary part (<c>markup: false</c>) is only charged: its reader bounds each record itself.
/// </remarks>
internal sealed class MeteredStream(Stream inner, ReadBudget budget, string? part, bool leaveOpen, bool markup = true) : Stream
{
    /// <summary>Longest run of a part's bytes without markup (4 MiB; 32 767 characters escaped as <c>&amp;#x10FFFF;</c> take 320 KB).</summary>
    public const int MaxRunBytes = 4 * 1024 * 1024;

    private long _run;

    public override int Read(byte[] buffer, int offset, int count) => Charge(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Charge(buffer[..inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Charge(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Charge(ReadOnlySpan<byte> read)
    {
        if (part is null)
        {
            budget.Read(read.Length);
            return read.Length;
        }
        budget.Inflated(read.Length, part);
        // A binary part (an .xlsb sheet, an .xls workbook stream) has no markup: records say their own lengths.
        if (!markup) return read.Length;
        // Readers read a few kilobytes at a time: only a run across reads can grow long.
        var firstTag = read.IndexOf((byte)'<');
        if (firstTag < 0)
        {
            _run += read.Length;
        }
        else
        {
            if (_run + firstTag > MaxRunBytes) _run += firstTag;
            else _run = read.Length - read.LastIndexOf((byte)'<') - 1;
        }
        if (_run > MaxRunBytes)
        {
            throw new UnreadableFileException(IssueCatalog.FichierDisproportionne.BlocXml.Format(
                ("Partie", part), ("Limite", ByteSizeText.Format(MaxRunBytes))));
        }
        return read.Length;
    }

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen) inner.Dispose();
        base.Dispose(disposing);
    }
}
