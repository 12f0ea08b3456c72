using System.Text;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Windows-1252 decoding for the CSV reader, the same characters as
/// <see cref="CodePages.Windows1252"/> (its table, read once), but ASCII runs, nearly all of a
/// French file, widened by the vectorised <see cref="Ascii.ToUtf16"/> instead of one table
/// look-up per byte: the code-page decoder was the CSV reader's largest cost after parsing.
/// </summary>
/// <remarks>Decoding only: encoding text goes to the code page itself.</remarks>
internal sealed class Windows1252Text : Encoding
{
    public static Windows1252Text Instance { get; } = new();

    private readonly char[] _table = CodePages.Windows1252.GetChars([.. Enumerable.Range(0, 256).Select(b => (byte)b)]);

    private Windows1252Text() : base(1252) { }

    public override string WebName => CodePages.Windows1252.WebName;

    public override int GetByteCount(char[] chars, int index, int count) => CodePages.Windows1252.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        CodePages.Windows1252.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetCharCount(ReadOnlySpan<byte> bytes) => bytes.Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        Decode(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars) => Decode(bytes, chars);

    public override int GetMaxByteCount(int charCount) => CodePages.Windows1252.GetMaxByteCount(charCount);

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
    private sealed class StatelessDecoder(Windows1252Text encoding) : Decoder
    {
        public override int GetCharCount(byte[] bytes, int index, int count) => count;

        public override int GetCharCount(ReadOnlySpan<byte> bytes, bool flush) => bytes.Length;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
            encoding.Decode(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

        public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush) => encoding.Decode(bytes, chars);
    }
}
