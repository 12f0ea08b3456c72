using System.Buffers.Binary;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Walks a BIFF8 shared string table (SST and its CONTINUE records, [MS-XLS] 2.4.265) the way
/// ExcelDataReader 3.6.0 will (<c>XlsSSTReader</c>), before it does: its loop runs as many times as the
/// table declares unique strings, and skips each string's formatting runs and phonetic block by a size
/// it casts to a signed int. A phonetic size of 2³¹ or more moves it backwards, onto the same string
/// again: a few bytes declaring four billion strings would cost four billion strings. Here each string
/// moves forward by at least its 3-byte header, so the walk costs the table's bytes, and a size that
/// would move back, or past the table's records, is a damaged workbook.
/// </summary>
internal static class XlsSharedStringTable
{
    private const ushort Continue = 0x003C;

    /// <summary>Throws <see cref="InvalidDataException"/> where ExcelDataReader's walk of the SST at <paramref name="sst"/> would not move forward.</summary>
    public static void Check(byte[] biff, int sst)
    {
        var walk = new Walk(biff, sst);
        var unique = walk.UInt32(8);
        walk.Offset = 12;
        for (var i = 0L; i < unique; i++)
        {
            walk.EnsureRecord();
            var characters = walk.UInt16(walk.Offset);
            var flags = walk.Byte(walk.Offset + 2);
            var formatted = (flags & 0x08) != 0;
            var extended = (flags & 0x04) != 0;
            var runs = formatted ? walk.UInt16(walk.Offset + 3) : 0;
            var phonetic = extended ? walk.UInt32(walk.Offset + (formatted ? 5 : 3)) : 0;
            walk.Advance(3 + (formatted ? 2 : 0) + (extended ? 4 : 0));
            var multiByte = (flags & 0x01) != 0;
            for (var remaining = (int)characters; remaining > 0;)
            {
                if (walk.EnsureRecord()) multiByte = walk.Byte(walk.Offset++) != 0;
                var perCharacter = multiByte ? 2 : 1;
                var read = Math.Min((walk.Size - walk.Offset) / perCharacter, remaining);
                if (walk.Offset >= walk.Size || read == 0) throw Damaged();
                walk.Offset += read * perCharacter;
                remaining -= read;
            }
            var tail = 4L * runs + phonetic;
            if (tail > biff.Length) throw Damaged();
            walk.Advance((int)tail);
        }
    }

    private static InvalidDataException Damaged() => new("A shared string table that lies about its strings.");

    /// <summary>A position in the SST's records: the current record's start, its size with its header, the offset in it.</summary>
    private sealed class Walk(byte[] biff, int start)
    {
        private int _record = start;

        public int Size { get; private set; } = 4 + Length(biff, start);

        public int Offset { get; set; }

        public byte Byte(int offset) => _record + offset < biff.Length ? biff[_record + offset] : throw Damaged();

        public ushort UInt16(int offset) => _record + offset + 2 <= biff.Length
            ? BinaryPrimitives.ReadUInt16LittleEndian(biff.AsSpan(_record + offset)) : throw Damaged();

        public uint UInt32(int offset) => _record + offset + 4 <= biff.Length
            ? BinaryPrimitives.ReadUInt32LittleEndian(biff.AsSpan(_record + offset)) : throw Damaged();

        /// <summary>At a record's end, moves to the next, which must be a CONTINUE; true when it moved.</summary>
        public bool EnsureRecord()
        {
            if (Offset != Size) return false;
            var next = _record + Size;
            if (next + 4 > biff.Length || BinaryPrimitives.ReadUInt16LittleEndian(biff.AsSpan(next)) != Continue) throw Damaged();
            _record = next;
            Size = 4 + Length(biff, next);
            Offset = 4;
            return true;
        }

        public void Advance(int bytes)
        {
            while (Offset + bytes > Size)
            {
                bytes = Math.Min(Offset + bytes - Size, bytes);
                Offset = Size;
                EnsureRecord();
            }
            Offset += bytes;
        }

        private static int Length(byte[] biff, int record) => record + 4 <= biff.Length ? BinaryPrimitives.ReadUInt16LittleEndian(biff.AsSpan(record + 2)) : throw Damaged();
    }
}
