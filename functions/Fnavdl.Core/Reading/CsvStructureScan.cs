using System.Buffers;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// One pass over a CSV file's characters, before any record is parsed, for the two faults that
/// would otherwise merge rows silently or exhaust the parser: a quote that never closes (every
/// later line would become part of one cell) and a record longer than
/// <see cref="ReadLimits.MaxRecordChars"/>. Both name the line a text editor shows.
/// </summary>
/// <remarks>
/// Quotes are counted as the parser (Sep) counts them: every <c>"</c> toggles, so an escaped
/// <c>""</c> toggles twice. A quoted value spanning more than <see cref="MaxLinesInQuotes"/> line
/// breaks is taken for a quote left open: a cell of the report format never holds that many.
/// When the bytes tell the characters (<see cref="CharsOfBytes"/>) the scan reads the bytes: the
/// quote and the line breaks are ASCII in every encoding it is used for, so it jumps from one to
/// the next with a vectorised search and never decodes the file, with the same lines and limits.
/// </remarks>
internal static class CsvStructureScan
{
    public const int MaxLinesInQuotes = 100;

    // Bytes or characters read at a time.
    private const int ChunkLength = 64 * 1024;
    private static readonly SearchValues<byte> StructuralBytes = SearchValues.Create("\"\r\n"u8);
    private static readonly SearchValues<char> StructuralChars = SearchValues.Create("\"\r\n");

    /// <summary>Scans the bytes from the stream's position, counting characters as <paramref name="chars"/> says.</summary>
    /// <exception cref="UnreadableFileException">The first fault found, with its line.</exception>
    public static void Check(Stream content, CharsOfBytes chars, ReadLimits limits)
    {
        if (chars == CharsOfBytes.NeedsDecoding) throw new ArgumentOutOfRangeException(nameof(chars));
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkLength);
        try
        {
            var state = new State(limits.MaxRecordChars);
            int read;
            while ((read = content.Read(buffer, 0, ChunkLength)) > 0)
            {
                var rest = buffer.AsSpan(0, read);
                while (!rest.IsEmpty)
                {
                    var next = rest.IndexOfAny(StructuralBytes);
                    // No quote nor line break before it: those characters only add to the record's length.
                    if (next != 0)
                    {
                        var run = next < 0 ? rest : rest[..next];
                        state.Other(chars == CharsOfBytes.OnePerByte ? run.Length : Utf16Length(run));
                    }
                    if (next < 0) break;
                    state.Char((char)rest[next]);
                    rest = rest[(next + 1)..];
                }
            }
            state.End();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Characters of valid UTF-8 bytes: one per sequence, two for a 4-byte one; a sequence cut by the run's end counts where its lead byte is.</summary>
    private static int Utf16Length(ReadOnlySpan<byte> bytes)
    {
        var length = 0;
        while (true)
        {
            var nonAscii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (nonAscii < 0) return length + bytes.Length;
            length += nonAscii;
            var b = bytes[nonAscii];
            if (b >= 0xF0) length += 2;
            else if (b >= 0xC0) length++;
            bytes = bytes[(nonAscii + 1)..];
        }
    }

    /// <exception cref="UnreadableFileException">The first fault found, with its line.</exception>
    public static void Check(TextReader text, ReadLimits limits)
    {
        var buffer = new char[ChunkLength];
        var state = new State(limits.MaxRecordChars);
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            var rest = buffer.AsSpan(0, read);
            while (!rest.IsEmpty)
            {
                var next = rest.IndexOfAny(StructuralChars);
                if (next != 0) state.Other(next < 0 ? rest.Length : next);
                if (next < 0) break;
                state.Char(rest[next]);
                rest = rest[(next + 1)..];
            }
        }
        state.End();
    }

    /// <summary>The scan's state, fed one quote or line break at a time and the run of other characters between them.</summary>
    private struct State(int maxRecordChars)
    {
        private int _line = 1;
        private int _recordLine = 1;
        private long _recordChars;
        private bool _inQuotes;
        private int _quoteLine;
        private int _linesInQuotes;
        private bool _afterCarriageReturn;

        /// <summary><paramref name="count"/> characters that are neither a quote nor a line break.</summary>
        public void Other(int count)
        {
            _afterCarriageReturn = false;
            _recordChars += count;
            if (_recordChars > maxRecordChars) throw Overlong();
        }

        /// <summary>A quote or a line break (any other character gives the same state as <see cref="Other"/>).</summary>
        public void Char(char ch)
        {
            var newLine = ch == '\r' || (ch == '\n' && !_afterCarriageReturn);
            _afterCarriageReturn = ch == '\r';
            if (ch == '"')
            {
                _inQuotes = !_inQuotes;
                if (_inQuotes) { _quoteLine = _line; _linesInQuotes = 0; }
            }
            if (newLine)
            {
                _line++;
                if (_inQuotes && ++_linesInQuotes > MaxLinesInQuotes) throw UnclosedQuote(_quoteLine);
                if (!_inQuotes) { _recordLine = _line; _recordChars = 0; return; }
            }
            if (++_recordChars > maxRecordChars) throw Overlong();
        }

        public readonly void End()
        {
            if (_inQuotes) throw UnclosedQuote(_quoteLine);
        }

        private readonly UnreadableFileException Overlong() => _inQuotes
            ? UnclosedQuote(_quoteLine)
            : new UnreadableFileException(IssueCatalog.EnregistrementTropLong.Ligne.Format(
                ("Ligne", _recordLine), ("MaxCaracteres", maxRecordChars)), row: _recordLine);
    }

    private static UnreadableFileException UnclosedQuote(int line) =>
        new(IssueCatalog.GuillemetNonFerme.Ligne.Format(("Ligne", line)), row: line);
}
