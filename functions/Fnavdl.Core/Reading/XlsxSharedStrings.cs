using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Fnavdl.Core.Reading;

/// <summary>
/// A workbook's shared-string table, kept as UTF-8 in a few large chunks with one packed
/// position per string, instead of one .NET string per entry. Ids and titles are unique per row,
/// so the table grows with the sheet: this way it costs about half as much, as a handful of large
/// arrays the GC never walks, and loading it does not inflate the heap with survivors.
/// </summary>
/// <remarks>
/// Each text is stored decoded (<c>_xHHHH_</c> escapes) and cut to <see cref="ReadLimits.MaxCellChars"/>
/// + 1 characters, what a cell made of it would hold. Texts repeated across rows (a type of
/// structure, a theme) come back as the same string instance from a small cache.
/// </remarks>
internal sealed class XlsxSharedStrings
{
    /// <summary>The part the table is read from, as charges and messages name it.</summary>
    public const string Part = "xl/sharedStrings.xml";

    private const int ChunkBits = 20;
    private const int ChunkBytes = 1 << ChunkBits;
    private const int CacheSize = 1024;

    private readonly List<byte[]> _chunks = [];
    private ulong[] _entries = new ulong[1024];
    private int _used;
    private readonly string?[] _cache = new string?[CacheSize];
    private readonly int[] _cacheIds = new int[CacheSize];

    /// <summary>Texts UTF-8 cannot hold as they are (a lone surrogate from a <c>_xD800_</c> escape), kept verbatim.</summary>
    private Dictionary<int, string>? _verbatim;

    public int Count { get; private set; }

    /// <summary>UTF-8 bytes held for the texts (what <see cref="ReadBudget.MaxSharedStringBytes"/> bounds).</summary>
    public long Bytes { get; private set; }

    /// <summary>Adds the next entry; <paramref name="text"/> is already decoded and cut.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        // A cut text is at most 32,768 characters, 98 KB of UTF-8: it always fits in one chunk.
        var length = Encoding.UTF8.GetByteCount(text);
        if (length >= ChunkBytes) throw new ArgumentOutOfRangeException(nameof(text), "A shared string longer than a chunk.");
        if (_chunks.Count == 0 || _used + length > ChunkBytes)
        {
            _chunks.Add(new byte[ChunkBytes]);
            _used = 0;
        }
        if (Count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
        if (Utf8.FromUtf16(text, _chunks[^1].AsSpan(_used), out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            (_verbatim ??= [])[Count] = new string(text);
            written = 0;
        }
        _entries[Count++] = ((ulong)(_chunks.Count - 1) << (2 * ChunkBits)) | ((ulong)_used << ChunkBits) | (uint)written;
        _used += written;
        Bytes += length;
    }

    /// <summary>The text of entry <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public string this[int index]
    {
        get
        {
            var slot = index & (CacheSize - 1);
            if (_cacheIds[slot] == index + 1 && _cache[slot] is { } cached) return cached;
            if (_verbatim is not null && _verbatim.TryGetValue(index, out var verbatim)) return verbatim;
            var entry = _entries[index];
            var chunk = _chunks[(int)(entry >> (2 * ChunkBits))];
            var start = (int)(entry >> ChunkBits) & (ChunkBytes - 1);
            var length = (int)(entry & (ChunkBytes - 1));
            var text = Encoding.UTF8.GetString(chunk, start, length);
            _cache[slot] = text;
            _cacheIds[slot] = index + 1;
            return text;
        }
    }
}
