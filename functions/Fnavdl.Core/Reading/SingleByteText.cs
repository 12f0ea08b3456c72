using System.Text;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Single-byte decoding for the CSV reader — Windows-1252 or ISO-8859-15 (Latin-9), the same
/// characters as the code page (its table, read once), but ASCII runs, nearly all of a French file,
/// widened by the vectorised <see cref="Ascii.ToUtf16"/> instead of one table look-up per byte:
/// the code-page decoder was the CSV reader's largest cost after parsing.
/// </summary>
/// <remarks>Decoding only: encoding text goes to the code page itself.</remarks>
internal sealed class SingleByteText : Encoding
{
    /// <summary>Windows-1252, what Excel writes for « CSV (séparateur : point-virgule) » on a French Windows.</summary>
    public static SingleByteText Windows1252 { get; } = new(CodePages.Windows1252);

    /// <summary>ISO-8859-15, LibreOffice's « Europe occidentale (ISO-8859-15) », where € is byte 0xA4.</summary>
    public static SingleByteText Latin9 { get; } = new(CodePages.Latin9);

    private readonly Encoding _codePage;
    private readonly char[] _table;

    private SingleByteText(Encoding codePage) : base(codePage.CodePage)
    {
        _codePage = codePage;
        _table = codePage.GetChars([.. Enumerable.Range(0, 256).Select(b => (byte)b)]);
    }

    public override string WebName => _codePage.WebName;

    public override int GetByteCount(char[] chars, int index, int count) => _codePage.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        _codePage.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetCharCount(ReadOnlySpan<byte> bytes) => bytes.Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        Decode(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars) => Decode(bytes, chars);

    public override int GetMaxByteCount(int charCount) => _codePage.GetMaxByteCount(charCount);

    public override int GetMaxCharCount(int byteCount) => byteCount;

    public override Decoder GetDecoder() => new StatelessDecoder(this);

    private int Decode(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (chars.Length < bytes.Length) throw new ArgumentException("Destination too short.", nameof(chars));
        var written = 0;
        while (true)
        {
            // Converts the ASCII prefix; stops on the first byte of 0x80 or more.
            if (Ascii.ToUtf16(bytes, chars[written..], out var ascii) == System.Buffers.OperationStatus.Done)
                return written + ascii;
            written += ascii;
            bytes = bytes[ascii..];
            var i = 0;
            for (; i < bytes.Length && bytes[i] >= 0x80; i++) chars[written++] = _table[bytes[i]];
            bytes = bytes[i..];
        }
    }

    /// <summary>One byte is one character: nothing is carried from one buffer to the next.</summary>
    private sealed class StatelessDecoder(SingleByteText encoding) : Decoder
    {
        public override int GetCharCount(byte[] bytes, int index, int count) => count;

        public override int GetCharCount(ReadOnlySpan<byte> bytes, bool flush) => bytes.Length;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
            encoding.Decode(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

        public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush) => encoding.Decode(bytes, chars);
    }
}
