using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// Excel 97-2003 workbooks written by hand, record by record ([MS-XLS] BIFF8 in an [MS-CFB] compound
/// file): what LibreOffice will not write (1904 built from records, declared sizes that lie, thousands of
/// sheets). Also compiled into the bench (tests/Fnavdl.Bench), whose worst cases it writes.
/// </summary>
public sealed class XlsWriter
{
    private readonly List<byte[]> _globals = [];
    private readonly List<(string Name, List<byte[]> Records)> _sheets = [];

    /// <summary>A BIFF record: type, size, data.</summary>
    public static byte[] Record(ushort type, ReadOnlySpan<byte> data)
    {
        var record = new byte[4 + data.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(record, type);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(2), (ushort)data.Length);
        data.CopyTo(record.AsSpan(4));
        return record;
    }

    public XlsWriter Date1904()
    {
        _globals.Add(Record(0x0022, [1, 0]));
        return this;
    }

    /// <summary>A FORMAT record (index, code as an XLUnicodeString).</summary>
    public XlsWriter Format(ushort index, string code)
    {
        var data = new byte[2 + 3 + 2 * code.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(data, index);
        WriteUnicode(data.AsSpan(2), code);
        _globals.Add(Record(0x041E, data));
        return this;
    }

    /// <summary>A cell XF applying number format <paramref name="formatIndex"/>: cells name it by its order (0, 1…).</summary>
    public XlsWriter Xf(ushort formatIndex)
    {
        var data = new byte[20];
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(2), formatIndex);
        _globals.Add(Record(0x00E0, data));
        return this;
    }

    /// <summary>
    /// A shared string table (SST), 16-bit characters, split across CONTINUE records as Excel splits it: a string
    /// whose header does not fit starts the next record; one whose characters do not goes on in the next record,
    /// which starts with the characters' width (1: 16-bit).
    /// </summary>
    public XlsWriter SharedStrings(params string[] strings)
    {
        const int maxData = 8224;
        List<List<byte>> records = [[.. BitConverter.GetBytes(strings.Length), .. BitConverter.GetBytes(strings.Length)]];
        foreach (var text in strings)
        {
            var item = new byte[3 + 2 * text.Length];
            WriteUnicode(item, text);
            if (maxData - records[^1].Count < 5) records.Add([]);
            var at = 0;
            while (item.Length - at > maxData - records[^1].Count)
            {
                var cut = at + 2 * ((maxData - records[^1].Count - (at == 0 ? 3 : 0)) / 2) + (at == 0 ? 3 : 0);
                records[^1].AddRange(item[at..cut]);
                records.Add([1]);
                at = cut;
            }
            records[^1].AddRange(item[at..]);
        }
        _globals.Add(Record(0x00FC, [.. records[0]]));
        foreach (var more in records.Skip(1)) _globals.Add(Record(0x003C, [.. more]));
        return this;
    }

    /// <summary>Any record among the workbook's globals (after BOF), its data as given.</summary>
    public XlsWriter Raw(ushort type, byte[] data)
    {
        _globals.Add(Record(type, data));
        return this;
    }

    public XlsWriter Sheet(string name, Action<XlsSheetWriter> fill)
    {
        var sheet = new XlsSheetWriter();
        fill(sheet);
        _sheets.Add((name, sheet.Records));
        return this;
    }

    /// <summary>The workbook stream: globals (BOF, records, a BOUNDSHEET per sheet, EOF), then each sheet's substream.</summary>
    public byte[] Stream()
    {
        var head = new List<byte[]> { Bof(0x0005) };
        head.AddRange(_globals);
        var boundSheetsAt = head.Count;
        foreach (var (name, _) in _sheets) head.Add(BoundSheet(0, name));
        head.Add(Record(0x000A, []));
        var offset = (uint)head.Sum(r => r.Length);
        for (var i = 0; i < _sheets.Count; i++)
        {
            head[boundSheetsAt + i] = BoundSheet(offset, _sheets[i].Name);
            offset += (uint)(Bof(0x0010).Length + _sheets[i].Records.Sum(r => r.Length) + 4);
        }
        var stream = new MemoryStream();
        foreach (var record in head) stream.Write(record);
        foreach (var (_, records) in _sheets)
        {
            stream.Write(Bof(0x0010));
            foreach (var record in records) stream.Write(record);
            stream.Write(Record(0x000A, []));
        }
        return stream.ToArray();
    }

    public byte[] ToBytes() => CompoundFile("Workbook", Stream());

    private static byte[] Bof(ushort type)
    {
        var data = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(data, 0x0600);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(2), type);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(4), 0x0DBB);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), 0x07CC);
        return Record(0x0809, data);
    }

    private static byte[] BoundSheet(uint offset, string name)
    {
        var data = new byte[4 + 2 + 2 + 2 * name.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(data, offset);
        data[6] = (byte)name.Length;
        data[7] = 1; // UTF-16
        Encoding.Unicode.GetBytes(name).CopyTo(data, 8);
        return Record(0x0085, data);
    }

    /// <summary>An XLUnicodeString: character count (2 bytes), 1 (UTF-16), the characters.</summary>
    internal static void WriteUnicode(Span<byte> target, string text)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(target, (ushort)text.Length);
        target[2] = 1;
        Encoding.Unicode.GetBytes(text).CopyTo(target[3..]);
    }

    /// <summary>A version 3 compound file (512-byte sectors) holding one stream, padded to 4 096 bytes at least (no mini stream).</summary>
    public static byte[] CompoundFile(string streamName, byte[] content)
    {
        const uint end = 0xFFFFFFFE, free = 0xFFFFFFFF, fatSector = 0xFFFFFFFD;
        var length = Math.Max(content.Length, 4096);
        var streamSectors = (length + 511) / 512;
        var fatSectors = 1;
        while (fatSectors * 128 < fatSectors + 1 + streamSectors) fatSectors++;
        if (fatSectors > 109) throw new ArgumentException("A stream too long for a header's 109 FAT sectors.", nameof(content));
        var total = fatSectors + 1 + streamSectors;
        var file = new byte[512 * (1 + total)];
        var header = file.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], (uint)fatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], (uint)fatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], end);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], end);
        for (var i = 0; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + 4 * i)..], i < fatSectors ? (uint)i : free);
        var fat = new uint[fatSectors * 128];
        Array.Fill(fat, free);
        for (var i = 0; i < fatSectors; i++) fat[i] = fatSector;
        fat[fatSectors] = end;
        for (var i = 0; i < streamSectors; i++) fat[fatSectors + 1 + i] = i == streamSectors - 1 ? end : (uint)(fatSectors + 2 + i);
        for (var i = 0; i < fat.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(512 + 4 * i), fat[i]);
        var directory = file.AsSpan(512 * (1 + fatSectors), 512);
        Entry(directory, "Root Entry", 5, end, 0);
        Entry(directory[128..], streamName, 2, (uint)(fatSectors + 1), (uint)length);
        for (var i = 2; i < 4; i++) Entry(directory[(128 * i)..], "", 0, end, 0);
        content.CopyTo(file, 512 * (2 + fatSectors));
        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint start, uint size)
    {
        var bytes = Encoding.Unicode.GetBytes(name + "\0");
        bytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length == 0 ? 0 : bytes.Length));
        entry[66] = type;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], size);
    }
}

/// <summary>The records of one .xls worksheet substream (between its BOF and EOF, which <see cref="XlsWriter"/> adds).</summary>
public sealed class XlsSheetWriter
{
    internal List<byte[]> Records { get; } = [];

    /// <summary>DIMENSIONS: the rows and columns the sheet declares (one past the last), true or not.</summary>
    public XlsSheetWriter Dimensions(uint rows, ushort columns)
    {
        var data = new byte[14];
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(4), rows);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(10), columns);
        Records.Add(XlsWriter.Record(0x0200, data));
        return this;
    }

    public XlsSheetWriter Number(ushort row, ushort column, double value, ushort xf = 0)
    {
        var data = new byte[14];
        Cell(data, row, column, xf);
        BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(6), value);
        Records.Add(XlsWriter.Record(0x0203, data));
        return this;
    }

    public XlsSheetWriter Label(ushort row, ushort column, string text)
    {
        var data = new byte[6 + 3 + 2 * text.Length];
        Cell(data, row, column, 0);
        XlsWriter.WriteUnicode(data.AsSpan(6), text);
        Records.Add(XlsWriter.Record(0x0204, data));
        return this;
    }

    /// <summary>LABELSST: a reference to the shared string table.</summary>
    public XlsSheetWriter SharedString(ushort row, ushort column, int index)
    {
        var data = new byte[10];
        Cell(data, row, column, 0);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(6), index);
        Records.Add(XlsWriter.Record(0x00FD, data));
        return this;
    }

    /// <summary>MULBLANK: <paramref name="count"/> formatted empty cells from <paramref name="first"/>.</summary>
    public XlsSheetWriter Blanks(ushort row, ushort first, int count)
    {
        var data = new byte[4 + 2 * count + 2];
        BinaryPrimitives.WriteUInt16LittleEndian(data, row);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(2), first);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(4 + 2 * count), (ushort)(first + count - 1));
        Records.Add(XlsWriter.Record(0x00BE, data));
        return this;
    }

    public XlsSheetWriter Raw(ushort type, byte[] data)
    {
        Records.Add(XlsWriter.Record(type, data));
        return this;
    }

    private static void Cell(Span<byte> data, ushort row, ushort column, ushort xf)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(data, row);
        BinaryPrimitives.WriteUInt16LittleEndian(data[2..], column);
        BinaryPrimitives.WriteUInt16LittleEndian(data[4..], xf);
    }
}

/// <summary>
/// Excel binary workbooks (.xlsb) written by hand, record by record ([MS-XLSB] 2.1.4): the package with its
/// binary workbook, styles, shared strings and sheet parts, as Excel writes them.
/// </summary>
public sealed class XlsbWriter
{
    private bool _date1904;
    private readonly List<string> _strings = [];
    private readonly List<(ushort Id, string Code)> _formats = [];
    private readonly List<ushort> _cellFormats = [];
    private readonly List<(string Name, byte[] Records)> _sheets = [];

    /// <summary>A record: its type and size as 7-bit groups, then its data.</summary>
    public static void Record(Stream output, int type, ReadOnlySpan<byte> data, long? declaredSize = null)
    {
        output.WriteByte((byte)((type & 0x7F) | (type > 0x7F ? 0x80 : 0)));
        if (type > 0x7F) output.WriteByte((byte)(type >> 7));
        var size = declaredSize ?? data.Length;
        do
        {
            var b = (byte)(size & 0x7F);
            size >>= 7;
            output.WriteByte(size > 0 ? (byte)(b | 0x80) : b);
        }
        while (size > 0);
        output.Write(data);
    }

    /// <summary>An XLWideString: character count (4 bytes), UTF-16.</summary>
    public static byte[] WideString(string text) => [.. BitConverter.GetBytes(text.Length), .. Encoding.Unicode.GetBytes(text)];

    public XlsbWriter Date1904()
    {
        _date1904 = true;
        return this;
    }

    public XlsbWriter SharedStrings(IEnumerable<string> strings)
    {
        _strings.AddRange(strings);
        return this;
    }

    public XlsbWriter Format(ushort id, string code)
    {
        _formats.Add((id, code));
        return this;
    }

    /// <summary>A cell format applying number format <paramref name="formatId"/>: cells name it by its order (0, 1…).</summary>
    public XlsbWriter CellFormat(ushort formatId)
    {
        _cellFormats.Add(formatId);
        return this;
    }

    public XlsbWriter Sheet(string name, Action<XlsbSheetWriter> fill)
    {
        var sheet = new XlsbSheetWriter();
        fill(sheet);
        _sheets.Add((name, sheet.ToBytes()));
        return this;
    }

    public byte[] ToBytes(CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var workbook = new MemoryStream();
            Record(workbook, 131, []);
            Record(workbook, 153, [.. BitConverter.GetBytes(_date1904 ? 1 : 0), .. BitConverter.GetBytes(0), .. WideString("")]);
            Record(workbook, 143, []);
            for (var i = 0; i < _sheets.Count; i++)
                Record(workbook, 156, [.. BitConverter.GetBytes(0), .. BitConverter.GetBytes(i + 1), .. WideString($"rId{i + 1}"), .. WideString(_sheets[i].Name)]);
            Record(workbook, 144, []);
            Record(workbook, 132, []);
            Part(zip, "xl/workbook.bin", workbook.ToArray(), level);
            var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var i = 0; i < _sheets.Count; i++)
                rels.Append(System.Globalization.CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.bin\"/>");
            Part(zip, "xl/_rels/workbook.bin.rels", Encoding.UTF8.GetBytes(rels.Append("</Relationships>").ToString()), level);
            if (_strings.Count > 0)
            {
                var strings = new MemoryStream();
                Record(strings, 159, [.. BitConverter.GetBytes(_strings.Count), .. BitConverter.GetBytes(_strings.Count)]);
                foreach (var text in _strings) Record(strings, 19, [0, .. WideString(text)]);
                Record(strings, 160, []);
                Part(zip, "xl/sharedStrings.bin", strings.ToArray(), level);
            }
            var styles = new MemoryStream();
            Record(styles, 278, []);
            foreach (var (id, code) in _formats) Record(styles, 44, [.. BitConverter.GetBytes(id), .. WideString(code)]);
            Record(styles, 626, BitConverter.GetBytes(1));
            Record(styles, 47, new byte[16]); // the style XF (its format is not a cell's)
            Record(styles, 627, []);
            Record(styles, 617, BitConverter.GetBytes(_cellFormats.Count));
            foreach (var format in _cellFormats) Record(styles, 47, [0, 0, .. BitConverter.GetBytes(format), .. new byte[12]]);
            Record(styles, 618, []);
            Record(styles, 279, []);
            Part(zip, "xl/styles.bin", styles.ToArray(), level);
            for (var i = 0; i < _sheets.Count; i++) Part(zip, $"xl/worksheets/sheet{i + 1}.bin", _sheets[i].Records, level);
        }
        return output.ToArray();
    }

    private static void Part(ZipArchive zip, string name, byte[] content, CompressionLevel level)
    {
        using var part = zip.CreateEntry(name, level).Open();
        part.Write(content);
    }
}

/// <summary>The records of one .xlsb sheet part (inside BrtBeginSheetData / BrtEndSheetData, which it adds).</summary>
public sealed class XlsbSheetWriter
{
    private readonly MemoryStream _records = new();

    public XlsbSheetWriter()
    {
        XlsbWriter.Record(_records, 129, []);
        XlsbWriter.Record(_records, 145, []);
    }

    /// <summary>BrtRowHdr: the cells that follow are on <paramref name="index"/> (0-based).</summary>
    public XlsbSheetWriter Row(int index)
    {
        XlsbWriter.Record(_records, 0, [.. BitConverter.GetBytes(index), .. new byte[13]]);
        return this;
    }

    public XlsbSheetWriter Real(int column, double value, int style = 0) => Cell(5, column, style, BitConverter.GetBytes(value));

    /// <summary>BrtCellRk: an integer (×4 | 2) or a double's top 30 bits; flag 1 divides by 100.</summary>
    public XlsbSheetWriter Rk(int column, uint rk, int style = 0) => Cell(2, column, style, BitConverter.GetBytes(rk));

    public XlsbSheetWriter Text(int column, string text, int style = 0) => Cell(6, column, style, XlsbWriter.WideString(text));

    public XlsbSheetWriter SharedString(int column, int index, int style = 0) => Cell(7, column, style, BitConverter.GetBytes(index));

    public XlsbSheetWriter Bool(int column, bool value) => Cell(4, column, 0, [(byte)(value ? 1 : 0)]);

    public XlsbSheetWriter Error(int column) => Cell(3, column, 0, [0x2A]);

    public XlsbSheetWriter Blank(int column, int style = 0) => Cell(1, column, style, []);

    /// <summary>BrtFmlaString: a formula's cached text (the formula's own bytes, 0 here, follow it).</summary>
    public XlsbSheetWriter FormulaText(int column, string text) => Cell(8, column, 0, [.. XlsbWriter.WideString(text), 0, 0, .. new byte[8]]);

    /// <summary>BrtShortReal (Excel 2010+): no column, the one after the previous cell's.</summary>
    public XlsbSheetWriter ShortReal(double value, int style = 0)
    {
        XlsbWriter.Record(_records, 16, [.. Style(style), .. BitConverter.GetBytes(value)]);
        return this;
    }

    public XlsbSheetWriter ShortText(string text)
    {
        XlsbWriter.Record(_records, 17, [.. Style(0), .. XlsbWriter.WideString(text)]);
        return this;
    }

    public XlsbSheetWriter ShortBlank()
    {
        XlsbWriter.Record(_records, 12, Style(0));
        return this;
    }

    /// <summary>Any record, its size as declared (which may lie).</summary>
    public XlsbSheetWriter Raw(int type, byte[] data, long? declaredSize = null)
    {
        XlsbWriter.Record(_records, type, data, declaredSize);
        return this;
    }

    internal byte[] ToBytes()
    {
        var copy = new MemoryStream();
        _records.Position = 0;
        _records.CopyTo(copy);
        XlsbWriter.Record(copy, 146, []);
        XlsbWriter.Record(copy, 130, []);
        return copy.ToArray();
    }

    private XlsbSheetWriter Cell(int type, int column, int style, byte[] value)
    {
        XlsbWriter.Record(_records, type, [.. BitConverter.GetBytes(column), .. Style(style), .. value]);
        return this;
    }

    private static byte[] Style(int style) => [(byte)style, (byte)(style >> 8), (byte)(style >> 16), 0];
}
