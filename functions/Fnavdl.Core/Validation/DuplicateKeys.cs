using System.Runtime.InteropServices;

namespace Fnavdl.Core.Validation;

/// <summary>
/// Remembers the first row of each key with a 64-bit hash instead of the key text, so checking
/// uniqueness over a million rows costs tens of megabytes, not hundreds. A collision (about one
/// chance in 10^7 at a million keys) would report a false duplicate, never hide a real one.
/// </summary>
/// <remarks>
/// The table is the one structure that grows with the file, and is probed once per row: an
/// open-addressing array of 12-byte (hash, first row) slots, one cache line per look-up, instead of
/// a dictionary's buckets and entries. A key made of two parts is hashed part by part, so no
/// string is built per row.
/// </remarks>
internal sealed class DuplicateKeys
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const char PartSeparator = '\u001f';
    private const int InitialCapacity = 1024;
    private const int MaxInitialCapacity = 1 << 24;

    private Slot[] _slots;
    private int _count;

    /// <param name="expectedKeys">
    /// How many keys the file likely holds (0 when unknown): the table starts large enough for
    /// them, instead of rehashing every key it already holds each time it doubles.
    /// </param>
    public DuplicateKeys(int expectedKeys = 0)
    {
        var capacity = InitialCapacity;
        while (capacity < MaxInitialCapacity && (long)capacity * 3 < (long)expectedKeys * 4) capacity *= 2;
        _slots = new Slot[capacity];
    }

    /// <summary>The row where <paramref name="key"/> was first seen, or null (and remembers it) the first time.</summary>
    public int? FirstRow(ReadOnlySpan<char> key, int row) => FirstRow(Fnv1a(OffsetBasis, key), row);

    /// <summary>As <see cref="FirstRow(ReadOnlySpan{char}, int)"/> for the key made of two parts.</summary>
    public int? FirstRow(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int row) =>
        FirstRow(Fnv1a(Fnv1a(Fnv1a(OffsetBasis, first), [PartSeparator]), second), row);

    private int? FirstRow(ulong hash, int row)
    {
        // 0 marks a free slot: the one hash that lands on it shares a slot with hash 1.
        if (hash == 0) hash = 1;
        var mask = _slots.Length - 1;
        for (var i = Index(hash, mask); ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Hash == hash) return slot.FirstRow;
            if (slot.Hash != 0) continue;
            slot = new Slot(hash, row);
            if (++_count * 4 > _slots.Length * 3) Grow();
            return null;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Hash == 0) continue;
            var i = Index(slot.Hash, mask);
            while (_slots[i].Hash != 0) i = (i + 1) & mask;
            _slots[i] = slot;
        }
    }

    // Fibonacci hashing spreads FNV's low bits, which vary little between similar ids, over the table.
    private static int Index(ulong hash, int mask) => (int)((hash * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private static ulong Fnv1a(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }
        return hash;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Hash, int FirstRow);
}
