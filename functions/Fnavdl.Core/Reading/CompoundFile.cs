using System.Buffers.Binary;

namespace Fnavdl.Core.Reading;

/// <summary>
/// An OLE compound file ([MS-CFB]: an Excel 97-2003 workbook, or an encrypted OOXML package) opened
/// within its bytes: the header, the allocation table and the directory are checked against the
/// file's length before anything is allocated, so no count or size the file declares (sector size,
/// table sectors, a stream's length, a chain that loops) costs more than the file itself.
/// </summary>
/// <remarks>
/// ExcelDataReader's own reader of this layer allocates by the header's sector size, walks the DIFAT
/// as many times as the header says, and checks each chain for a loop with a list search (quadratic
/// in the stream's sectors): a few hostile header bytes cost gigabytes or minutes. This one is small,
/// linear, and hands ExcelDataReader the workbook stream alone (it reads a raw BIFF stream as well).
/// </remarks>
internal sealed class CompoundFile
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntryBytes = 128;
    private const int MiniSectorBytes = 64;

    private readonly Stream _file;
    private readonly int _sectorBytes;
    private readonly long _sectors;
    private readonly uint[] _fat;
    private readonly List<Entry> _entries;
    private readonly uint _miniFatStart;
    private readonly uint _miniStreamCutoff;

    /// <summary>A stream or storage of the directory: its name, type, first sector and length.</summary>
    public sealed record Entry(string Name, byte Type, uint Start, long Length)
    {
        public bool IsStream => Type == 2;
    }

    private CompoundFile(Stream file, int sectorBytes, long sectors, uint[] fat, List<Entry> entries, uint miniFatStart, uint miniStreamCutoff)
    {
        _file = file;
        _sectorBytes = sectorBytes;
        _sectors = sectors;
        _fat = fat;
        _entries = entries;
        _miniFatStart = miniFatStart;
        _miniStreamCutoff = miniStreamCutoff;
    }

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>True when <paramref name="head"/> (at least 8 bytes) starts a compound file.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> head) => head.Length >= 8 && head[..8].SequenceEqual(Signature);

    /// <summary>The first stream of that name (case-insensitive, as Excel's own lookup), or null.</summary>
    public Entry? Find(string name)
    {
        foreach (var entry in _entries)
            if (entry.IsStream && entry.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return entry;
        return null;
    }

    /// <summary>
    /// Opens <paramref name="file"/> (seekable, read from its start; reads go through it as they are, so
    /// the caller meters it). Throws <see cref="InvalidDataException"/> for a damaged or lying file.
    /// </summary>
    public static CompoundFile Open(Stream file)
    {
        Span<byte> header = stackalloc byte[512];
        file.Position = 0;
        if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !HasSignature(header))
            throw new InvalidDataException("Not a compound file.");
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
        var miniShift = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
        if (sectorShift is not (9 or 12) || miniShift != 6) throw new InvalidDataException("Unexpected sector sizes.");
        var sectorBytes = 1 << sectorShift;
        // Sector n lies at (n + 1) × its size: the header takes the first one (512 bytes, padded to 4 096 in version 4).
        var sectors = Math.Max(0, (file.Length - sectorBytes + sectorBytes - 1) / sectorBytes);
        var fatSectors = BinaryPrimitives.ReadUInt32LittleEndian(header[44..]);
        var directoryStart = BinaryPrimitives.ReadUInt32LittleEndian(header[48..]);
        var miniStreamCutoff = BinaryPrimitives.ReadUInt32LittleEndian(header[56..]);
        var miniFatStart = BinaryPrimitives.ReadUInt32LittleEndian(header[60..]);
        var difatStart = BinaryPrimitives.ReadUInt32LittleEndian(header[68..]);
        var difatSectors = BinaryPrimitives.ReadUInt32LittleEndian(header[72..]);
        if (fatSectors > sectors || difatSectors > sectors) throw new InvalidDataException("More table sectors than the file holds.");

        // The allocation table's sectors: 109 in the header, the rest in the DIFAT chain (each of its sectors ends with the next one's number).
        var fatSectorNumbers = new List<uint>((int)Math.Min(fatSectors, HeaderDifatEntries));
        for (var i = 0; i < HeaderDifatEntries && fatSectorNumbers.Count < fatSectors; i++)
            fatSectorNumbers.Add(BinaryPrimitives.ReadUInt32LittleEndian(header[(76 + 4 * i)..]));
        var perSector = sectorBytes / 4;
        var buffer = new byte[sectorBytes];
        var difat = difatStart;
        for (var read = 0u; fatSectorNumbers.Count < fatSectors; read++)
        {
            if (read >= difatSectors || difat >= sectors) throw new InvalidDataException("The DIFAT chain ends before the allocation table.");
            ReadSector(file, sectorBytes, difat, buffer);
            for (var i = 0; i < perSector - 1 && fatSectorNumbers.Count < fatSectors; i++)
                fatSectorNumbers.Add(BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i)));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(sectorBytes - 4));
        }
        var fat = new uint[fatSectorNumbers.Count * perSector];
        for (var s = 0; s < fatSectorNumbers.Count; s++)
        {
            if (fatSectorNumbers[s] >= sectors) throw new InvalidDataException("An allocation table sector lies outside the file.");
            ReadSector(file, sectorBytes, fatSectorNumbers[s], buffer);
            for (var i = 0; i < perSector; i++) fat[s * perSector + i] = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i));
        }

        var compound = new CompoundFile(file, sectorBytes, sectors, fat, [], miniFatStart, miniStreamCutoff);
        var directory = compound.ReadChain(directoryStart, long.MaxValue);
        var entries = new List<Entry>(directory.Length / DirectoryEntryBytes);
        for (var at = 0; at + DirectoryEntryBytes <= directory.Length; at += DirectoryEntryBytes)
        {
            var raw = directory.AsSpan(at, DirectoryEntryBytes);
            var nameBytes = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(raw[64..]), (ushort)64);
            var name = System.Text.Encoding.Unicode.GetString(raw[..(nameBytes & ~1)]).TrimEnd('\0');
            var length = sectorShift == 9 ? BinaryPrimitives.ReadUInt32LittleEndian(raw[120..]) : BinaryPrimitives.ReadInt64LittleEndian(raw[120..]);
            entries.Add(new Entry(name, raw[66], BinaryPrimitives.ReadUInt32LittleEndian(raw[116..]), length));
        }
        compound._entries.AddRange(entries);
        return compound;
    }

    /// <summary>A stream's bytes, no more than its chain of sectors holds (a length beyond is a damaged file).</summary>
    public byte[] Read(Entry entry)
    {
        if (entry.Length < 0) throw new InvalidDataException("A negative stream length.");
        if (entry.Length >= _miniStreamCutoff) return ReadChain(entry.Start, entry.Length);
        // A short stream lives in the mini stream (the root entry's chain), in 64-byte sectors chained by the mini FAT.
        var miniStream = ReadChain(_entries.Count > 0 ? _entries[0].Start : EndOfChain, long.MaxValue);
        var miniFat = ReadChain(_miniFatStart, long.MaxValue);
        var miniSectors = Math.Min(miniFat.Length / 4, miniStream.Length / MiniSectorBytes);
        // The cut-off is the header's word: a length past the mini stream is a lie, found before it is allocated.
        if (entry.Length > (long)miniSectors * MiniSectorBytes) throw new InvalidDataException("A short stream longer than the mini stream.");
        var bytes = new byte[entry.Length];
        var sector = entry.Start;
        for (var at = 0L; at < entry.Length; at += MiniSectorBytes)
        {
            if (sector >= miniSectors) throw new InvalidDataException("A short stream's chain ends early.");
            var count = (int)Math.Min(MiniSectorBytes, entry.Length - at);
            miniStream.AsSpan((int)sector * MiniSectorBytes, count).CopyTo(bytes.AsSpan((int)at));
            sector = BinaryPrimitives.ReadUInt32LittleEndian(miniFat.AsSpan((int)sector * 4));
        }
        return bytes;
    }

    /// <summary>The sectors of the chain starting at <paramref name="start"/>, cut to <paramref name="length"/> (long.MaxValue: all of them).</summary>
    private byte[] ReadChain(uint start, long length)
    {
        // A chain longer than the file's sectors loops: counting steps finds it without remembering them.
        var chain = new List<uint>();
        for (var sector = start; sector != EndOfChain && sector != FreeSector; sector = _fat[sector])
        {
            if (sector >= _sectors || sector >= _fat.Length || chain.Count >= _sectors) throw new InvalidDataException("A broken or looping sector chain.");
            chain.Add(sector);
        }
        var available = (long)chain.Count * _sectorBytes;
        if (length == long.MaxValue) length = available;
        if (length > available) throw new InvalidDataException("A stream longer than its chain of sectors.");
        var bytes = new byte[length];
        var sectorBuffer = new byte[_sectorBytes];
        for (var i = 0; i < chain.Count && (long)i * _sectorBytes < length; i++)
        {
            ReadSector(_file, _sectorBytes, chain[i], sectorBuffer);
            var count = (int)Math.Min(_sectorBytes, length - (long)i * _sectorBytes);
            sectorBuffer.AsSpan(0, count).CopyTo(bytes.AsSpan(i * _sectorBytes));
        }
        return bytes;
    }

    /// <summary>One sector; the file's last one may stop short (writers trim it), the rest reads as zeros.</summary>
    private static void ReadSector(Stream file, int sectorBytes, uint sector, byte[] buffer)
    {
        file.Position = (sector + 1L) * sectorBytes;
        var read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read == 0) throw new InvalidDataException("A sector outside the file.");
        buffer.AsSpan(read).Clear();
    }
}
