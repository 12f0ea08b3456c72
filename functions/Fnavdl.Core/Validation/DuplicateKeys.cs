namespace Fnavdl.Core.Validation;

/// <summary>
/// Remembers the first row of each key with a 64-bit hash instead of the key text, so checking
/// uniqueness over a million rows costs tens of megabytes, not hundreds. A collision (about one
/// chance in 10^7 at a million keys) would report a false duplicate, never hide a real one.
/// </summary>
internal sealed class DuplicateKeys
{
    private readonly Dictionary<ulong, int> _firstRows = [];

    /// <summary>The row where <paramref name="key"/> was first seen, or null (and remembers it) the first time.</summary>
    public int? FirstRow(string key, int row)
    {
        var hash = Fnv1a(key);
        if (_firstRows.TryGetValue(hash, out var first)) return first;
        _firstRows.Add(hash, row);
        return null;
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
