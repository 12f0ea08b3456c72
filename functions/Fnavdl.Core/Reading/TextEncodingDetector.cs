using System.Buffers;
using System.Text;
using Fnavdl.Core.Issues;

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
    /// <summary>One character per byte (Windows-1252 or ISO-8859-15).</summary>
    OnePerByte,
    /// <summary>Valid UTF-8: one character per sequence, two for a 4-byte sequence (a surrogate pair).</summary>
    Utf8,
}

/// <summary>
/// Tells UTF-8 (with or without BOM) from the single-byte encodings French offices save CSV in:
/// Windows-1252, what Excel uses for "CSV" on a French Windows (ISO-8859-1 files decode the same for
/// every character they can hold), and ISO-8859-15 (Latin-9), LibreOffice's « Europe occidentale
/// (ISO-8859-15) ». A file without BOM is UTF-8 only if every byte sequence in it is valid UTF-8: a
/// single 1252 accent (é = E9) is not, while plain ASCII is both, so the rule never mis-decodes either.
/// </summary>
/// <remarks>
/// <para>
/// Latin-9 or Windows-1252. Both share ASCII and every byte from 0xA0 to 0xFF but eight; they differ
/// on 0x80–0x9F (1252: €, ’, œ, «…»'s curly quotes, …; Latin-9: C1 control codes, which no text holds)
/// and on 0xA4 (1252 ¤, Latin-9 €), 0xA6 (¦ / Š), 0xA8 (¨ / š), 0xB4 (´ / Ž), 0xB8 (¸ / ž),
/// 0xBC (¼ / Œ), 0xBD (½ / œ), 0xBE (¾ / Ÿ). The file is read as Latin-9 when it holds no byte from
/// 0x80 to 0x9F (those decide for 1252: a Latin-9 file cannot hold them as text) and at least one
/// byte that only Latin-9 reads sensibly:
/// </para>
/// <list type="bullet">
/// <item>0xA4 anywhere: the currency sign ¤ is never meant in a report (in « 93 500,00 ¤ », in a header
/// « Montant (¤) », anywhere), the euro is;</item>
/// <item>0xBC, 0xBD or 0xBE touching a letter and no digit (« cœur », « œuvre », « MANŒUVRE »,
/// « L'HAŸ-LES-ROSES »): a ligature inside a word; ¼ ½ ¾ follow or precede figures (« 1½ ») or stand
/// alone (« ½ journée »), which gives no evidence.</item>
/// </list>
/// <para>
/// 0xA6, 0xA8, 0xB4 and 0xB8 give no evidence either way: Š š Ž ž are rare in French, and ´ is typed as
/// an apostrophe (« l´association ») as often as Ž is written; they are decoded by whichever encoding the
/// other bytes chose. A file with no evidence — only bytes both encodings read alike — is read as 1252,
/// which then gives the same text.
/// </para>
/// <para>
/// Two files are refused rather than guessed, naming the first line that cannot be read: one
/// that mixes valid UTF-8 accents with bytes that are not UTF-8 (pasted from a 1252 file: read
/// either way, some of its accents would silently become others), and UTF-16 without a BOM (every
/// other byte is zero: read as UTF-8 its header matches nothing).
/// </para>
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
            return new(scan.Latin9 ? SingleByteText.Latin9 : SingleByteText.Windows1252, 0, CharsOfBytes.OnePerByte);
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
    /// One pass over the bytes: the first line holding a byte that is not UTF-8, whether there
    /// is a valid multi-byte character, and whether a single-byte file reads as Latin-9 (the rule
    /// above). It ends as soon as the first two are known to make a mixed file (or, with
    /// <c>stopAtFirstInvalid</c>, at the first invalid byte).
    /// </summary>
    /// <remarks>
    /// Runs over every byte of every CSV upload: runs of ASCII bytes, most of a French file, are
    /// skipped with the vectorised search and only their line feeds counted, and the state machine
    /// runs on the other bytes only.
    /// </remarks>
    private readonly record struct Utf8Scan(int? FirstInvalidLine, bool HasMultiByteSequences, bool Latin9)
    {
        public static Utf8Scan Of(Stream content, bool stopAtFirstInvalid)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                int? firstInvalid = null;
                var multiByte = false;
                var evidence = new Latin9Evidence();
                var line = 1;
                var expected = 0;       // continuation bytes still expected
                byte low = 0x80, high = 0xBF; // allowed range of the next continuation byte
                int read;
                while ((read = content.Read(bytes, 0, ChunkBytes)) > 0)
                {
                    var chunk = bytes.AsSpan(0, read);
                    evidence.ChunkStarts(chunk);
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
                        if (b >= 0x80) evidence.See(chunk, i - 1);
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
                    if (firstInvalid is not null && (multiByte || stopAtFirstInvalid)) return new Utf8Scan(firstInvalid, multiByte, false);
                    evidence.ChunkEnds(chunk);
                }
                if (expected > 0) firstInvalid ??= line;
                return new Utf8Scan(firstInvalid, multiByte, evidence.SaysLatin9());
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary>
    /// What the non-ASCII bytes say of Latin-9 against Windows-1252 (the rule in the class remarks),
    /// gathered in the UTF-8 scan's own pass: a few comparisons per non-ASCII byte, none per ASCII byte.
    /// </summary>
    private struct Latin9Evidence
    {
        private bool _controlBytes;     // 0x80–0x9F: 1252 text, or not Latin-9
        private bool _latin9Only;       // 0xA4, or a ligature byte inside a word
        private int _lastOfChunk;       // the byte before a chunk's first one (-1 at the file's start)
        private int _pendingBefore;     // a ligature byte ended the last chunk: the byte before it, else -2

        public Latin9Evidence()
        {
            _lastOfChunk = -1;
            _pendingBefore = -2;
        }

        public void ChunkStarts(ReadOnlySpan<byte> chunk)
        {
            if (_pendingBefore == -2) return;
            _latin9Only |= IsLigatureInWord(_pendingBefore, chunk[0]);
            _pendingBefore = -2;
        }

        public void ChunkEnds(ReadOnlySpan<byte> chunk) => _lastOfChunk = chunk[^1];

        /// <summary>Byte <paramref name="at"/> of the chunk, 0x80 or more.</summary>
        public void See(ReadOnlySpan<byte> chunk, int at)
        {
            var b = chunk[at];
            if (b < 0xA0)
            {
                _controlBytes = true;
            }
            else if (b == 0xA4)
            {
                _latin9Only = true;
            }
            else if (b is >= 0xBC and <= 0xBE && !_latin9Only)
            {
                var before = at > 0 ? chunk[at - 1] : _lastOfChunk;
                if (at + 1 < chunk.Length) _latin9Only = IsLigatureInWord(before, chunk[at + 1]);
                else _pendingBefore = before;
            }
        }

        public readonly bool SaysLatin9() =>
            !_controlBytes && (_latin9Only || (_pendingBefore != -2 && IsLigatureInWord(_pendingBefore, -1)));

        /// <summary>Œ œ Ÿ touch a letter; ¼ ½ ¾ stand alone or beside figures.</summary>
        private static bool IsLigatureInWord(int before, int after) =>
            (IsLetter(before) || IsLetter(after)) && !IsDigit(before) && !IsDigit(after);

        // ASCII letters and the letters both encodings share from 0xC0 (× and ÷ are not letters).
        private static bool IsLetter(int b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (b >= 0xC0 && b != 0xD7 && b != 0xF7);

        private static bool IsDigit(int b) => (uint)(b - '0') <= 9;
    }
}
