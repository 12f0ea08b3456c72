using System.Buffers;
using System.Text;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Reading;

/// <summary>The encoding of a text file, the length of its byte-order mark, and how its bytes count as characters.</summary>
internal sealed record DetectedEncoding(Encoding Encoding, int PreambleLength, CharsOfBytes CharsOfBytes = CharsOfBytes.NeedsDecoding);

/// <summary>
/// How many characters a decoder makes of the file's bytes, known without decoding when the
/// encoding is single-byte or the bytes are valid UTF-8 (a scan of the bytes then needs no decoding).
/// </summary>
internal enum CharsOfBytes
{
    /// <summary>Only decoding tells (UTF-16, or UTF-8 with a BOM whose bytes are not all valid).</summary>
    NeedsDecoding,
    /// <summary>One character per byte (Windows-1252).</summary>
    OnePerByte,
    /// <summary>Valid UTF-8: one character per sequence, two for a 4-byte sequence (a surrogate pair).</summary>
    Utf8,
}

/// <summary>
/// Tells UTF-8 (with or without BOM) from Windows-1252, the encoding Excel uses for "CSV" on a
/// French Windows (ISO-8859-1 files decode the same for every character they can hold). A file
/// without BOM is UTF-8 only if every byte sequence in it is valid UTF-8: a single 1252 accent
/// (é = E9) is not, while plain ASCII is both, so the rule never mis-decodes either.
/// </summary>
/// <remarks>
/// Two files are refused rather than guessed, naming the first line that cannot be read: one
/// that mixes valid UTF-8 accents with bytes that are not UTF-8 (pasted from a 1252 file: read
/// either way, some of its accents would silently become others), and UTF-16 without a BOM (every
/// other byte is zero: read as UTF-8 its header matches nothing).
/// </remarks>
internal static class TextEncodingDetector
{
    private const int ChunkBytes = 64 * 1024;
    private const int Utf16SampleBytes = 4096;
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads the stream once, in chunks, and puts it back where it was.</summary>
    /// <exception cref="UnreadableFileException">UTF-16 without BOM, or UTF-8 mixed with other bytes.</exception>
    public static DetectedEncoding Detect(Stream content)
    {
        var start = content.Position;
        try
        {
            Span<byte> head = stackalloc byte[3];
            var headLength = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..headLength];
            if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                var valid = Utf8Scan.Of(content, stopAtFirstInvalid: true).FirstInvalidLine is null;
                return new(Utf8NoBom, 3, valid ? CharsOfBytes.Utf8 : CharsOfBytes.NeedsDecoding);
            }
            // Excel's "Unicode text" export (.txt) is UTF-16 LE with a BOM.
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode, 2);
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode, 2);

            content.Position = start;
            if (LooksLikeUtf16(content))
                throw new UnreadableFileException(IssueCatalog.EncodageIllisible.Utf16SansBom.Format(), row: 1);
            content.Position = start;
            var scan = Utf8Scan.Of(content, stopAtFirstInvalid: false);
            if (scan.FirstInvalidLine is not { } line) return new(Utf8NoBom, 0, CharsOfBytes.Utf8);
            if (scan.HasMultiByteSequences)
                throw new UnreadableFileException(IssueCatalog.EncodageIllisible.EncodagesMelanges.Format(("Ligne", line)), row: line);
            return new(Windows1252Text.Instance, 0, CharsOfBytes.OnePerByte);
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>Text in UTF-16 has a zero byte in every pair for Latin characters; text in UTF-8 or 1252 has none.</summary>
    private static bool LooksLikeUtf16(Stream content)
    {
        var sample = ArrayPool<byte>.Shared.Rent(Utf16SampleBytes);
        try
        {
            var length = content.ReadAtLeast(sample.AsSpan(0, Utf16SampleBytes), Utf16SampleBytes, throwOnEndOfStream: false) & ~1;
            if (length < 4) return false;
            int evenZeros = 0, oddZeros = 0;
            for (var i = 0; i < length; i += 2)
            {
                if (sample[i] == 0) evenZeros++;
                if (sample[i + 1] == 0) oddZeros++;
            }
            var pairs = length / 2;
            return Math.Max(evenZeros, oddZeros) * 10 >= pairs * 4 && Math.Min(evenZeros, oddZeros) * 10 < pairs;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sample);
        }
    }

    /// <summary>
    /// One pass over the bytes: the first line holding a byte that is not UTF-8, and whether there
    /// is a valid multi-byte character. It ends as soon as both are known (or, with
    /// <c>stopAtFirstInvalid</c>, at the first invalid byte).
    /// </summary>
    /// <remarks>
    /// Runs over every byte of every CSV upload: runs of ASCII bytes, most of a French file, are
    /// skipped with the vectorised search and only their line feeds counted, and the state machine
    /// runs on the other bytes only.
    /// </remarks>
    private readonly record struct Utf8Scan(int? FirstInvalidLine, bool HasMultiByteSequences)
    {
        public static Utf8Scan Of(Stream content, bool stopAtFirstInvalid)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                int? firstInvalid = null;
                var multiByte = false;
                var line = 1;
                var expected = 0;       // continuation bytes still expected
                byte low = 0x80, high = 0xBF; // allowed range of the next continuation byte
                int read;
                while ((read = content.Read(bytes, 0, ChunkBytes)) > 0)
                {
                    var chunk = bytes.AsSpan(0, read);
                    var i = 0;
                    while (i < chunk.Length)
                    {
                        if (expected == 0)
                        {
                            var rest = chunk[i..];
                            var nonAscii = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
                            // Lines matter only until the first invalid byte is found.
                            if (firstInvalid is null) line += (nonAscii < 0 ? rest : rest[..nonAscii]).Count((byte)'\n');
                            if (nonAscii < 0) break;
                            i += nonAscii;
                        }
                        var b = chunk[i++];
                        if (expected > 0)
                        {
                            if (b >= low && b <= high)
                            {
                                low = 0x80; high = 0xBF;
                                if (--expected == 0) multiByte = true;
                                continue;
                            }
                            expected = 0;
                            firstInvalid ??= line;
                        }
                        if (b == (byte)'\n') line++;
                        if (b < 0x80) continue;
                        (expected, low, high) = b switch
                        {
                            >= 0xC2 and <= 0xDF => (1, (byte)0x80, (byte)0xBF),
                            0xE0 => (2, (byte)0xA0, (byte)0xBF),
                            >= 0xE1 and <= 0xEC or 0xEE or 0xEF => (2, (byte)0x80, (byte)0xBF),
                            0xED => (2, (byte)0x80, (byte)0x9F),
                            0xF0 => (3, (byte)0x90, (byte)0xBF),
                            >= 0xF1 and <= 0xF3 => (3, (byte)0x80, (byte)0xBF),
                            0xF4 => (3, (byte)0x80, (byte)0x8F),
                            _ => (0, (byte)0x80, (byte)0xBF),
                        };
                        if (expected == 0) firstInvalid ??= line;
                    }
                    if (firstInvalid is not null && (multiByte || stopAtFirstInvalid)) return new Utf8Scan(firstInvalid, multiByte);
                }
                if (expected > 0) firstInvalid ??= line;
                return new Utf8Scan(firstInvalid, multiByte);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }
}
