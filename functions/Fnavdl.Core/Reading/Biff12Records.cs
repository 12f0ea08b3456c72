using System.Buffers.Binary;

namespace Fnavdl.Core.Reading;

/// <summary>
/// The records of one part of an Excel binary workbook (.xlsb, [MS-XLSB] 2.1.4): each a variable-length
/// type (1–2 bytes of 7 bits) and size (1–4 bytes of 7 bits), then its data. Read forward once, through
/// the caller's (metered) stream; a record's data is kept up to <see cref="MaxKeptBytes"/> and the rest
/// skipped, so a size the file declares (up to 256 MB) never becomes an allocation.
/// </summary>
internal sealed class Biff12Records(Stream part)
{
    /// <summary>
    /// Bytes of a record kept: more than any record read needs (a cell's text, 32 767 characters, is 65 534
    /// bytes after the cell's 8; a formula's own bytes come after its value and are never read).
    /// </summary>
    public const int MaxKeptBytes = 96 * 1024;

    private readonly byte[] _input = new byte[16 * 1024];
    private int _position;
    private int _end;
    private byte[] _data = new byte[256];

    /// <summary>The current record's type.</summary>
    public int Type { get; private set; }

    /// <summary>The current record's data, cut to <see cref="MaxKeptBytes"/>.</summary>
    public ReadOnlySpan<byte> Data => _data.AsSpan(0, Kept);

    public int Kept { get; private set; }

    /// <summary>Moves to the next record; false at the part's end. A record cut short by the end is a damaged part.</summary>
    public bool Next()
    {
        if (!TryReadByte(out var first)) return false;
        var type = first & 0x7F;
        if ((first & 0x80) != 0) type |= (ReadByte() & 0x7F) << 7;
        var size = 0;
        for (var i = 0; i < 4; i++)
        {
            var b = ReadByte();
            size |= (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) break;
        }
        Type = type;
        Kept = Math.Min(size, MaxKeptBytes);
        if (_data.Length < Kept) _data = new byte[Math.Min(MaxKeptBytes, Math.Max(Kept, _data.Length * 2))];
        Copy(_data.AsSpan(0, Kept));
        Skip(size - Kept);
        return true;
    }

    public int Int32(int offset) => Kept >= offset + 4 ? BinaryPrimitives.ReadInt32LittleEndian(Data[offset..]) : throw Short();

    public ushort UInt16(int offset) => Kept >= offset + 2 ? BinaryPrimitives.ReadUInt16LittleEndian(Data[offset..]) : throw Short();

    public byte Byte(int offset) => Kept > offset ? Data[offset] : throw Short();

    public double Double(int offset) => Kept >= offset + 8 ? BinaryPrimitives.ReadDoubleLittleEndian(Data[offset..]) : throw Short();

    /// <summary>An RkNumber ([MS-XLSB] 2.5.122): 30 bits of a double's top or of an integer, maybe divided by 100.</summary>
    public double Rk(int offset)
    {
        var raw = (uint)Int32(offset);
        var number = (raw & 0x02) != 0 ? (int)raw >> 2 : BitConverter.Int64BitsToDouble((long)(raw & 0xFFFFFFFC) << 32);
        return (raw & 0x01) != 0 ? number / 100 : number;
    }

    /// <summary>
    /// An XLWideString at <paramref name="offset"/> (a 4-byte character count, then UTF-16), cut to
    /// <paramref name="maxChars"/> + 1 characters; <paramref name="end"/> is the offset past it. A count of
    /// 0xFFFFFFFF (XLNullableWideString's null) is null.
    /// </summary>
    public string? WideString(int offset, int maxChars, out int end)
    {
        var count = (uint)Int32(offset);
        end = offset + 4;
        if (count == uint.MaxValue) return null;
        var available = (Kept - end) / 2;
        if (count > available && Kept < MaxKeptBytes) throw Short();
        var chars = (int)Math.Min(Math.Min(count, (uint)available), (uint)maxChars + 1);
        var text = System.Text.Encoding.Unicode.GetString(Data.Slice(end, chars * 2));
        end += (int)Math.Min(count, (uint)available) * 2;
        return text;
    }

    private static InvalidDataException Short() => new("A record shorter than its contents.");

    private bool TryReadByte(out int value)
    {
        if (_position == _end && !Fill())
        {
            value = 0;
            return false;
        }
        value = _input[_position++];
        return true;
    }

    private int ReadByte() => TryReadByte(out var value) ? value : throw new InvalidDataException("A record cut short by the part's end.");

    private void Copy(Span<byte> target)
    {
        while (target.Length > 0)
        {
            if (_position == _end && !Fill()) throw new InvalidDataException("A record cut short by the part's end.");
            var count = Math.Min(target.Length, _end - _position);
            _input.AsSpan(_position, count).CopyTo(target);
            _position += count;
            target = target[count..];
        }
    }

    private void Skip(long count)
    {
        while (count > 0)
        {
            if (_position == _end && !Fill()) throw new InvalidDataException("A record cut short by the part's end.");
            var step = (int)Math.Min(count, _end - _position);
            _position += step;
            count -= step;
        }
    }

    private bool Fill()
    {
        _position = 0;
        _end = part.Read(_input, 0, _input.Length);
        return _end > 0;
    }
}
