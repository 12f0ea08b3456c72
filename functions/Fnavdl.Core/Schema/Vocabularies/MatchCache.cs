using System.Collections.Concurrent;

namespace Fnavdl.Core.Schema.Vocabularies;

/// <summary>
/// Remembers the result of a pure text → code match for the texts seen most: a report repeats the
/// same few theme labels and carrier types on every row, and normalising a label (Unicode
/// decomposition, word splitting) costs far more than a dictionary look-up.
/// </summary>
/// <remarks>
/// Bounded so that a file of ever-different texts cannot grow it: past <see cref="MaxEntries"/>
/// texts, or for texts longer than <see cref="MaxTextLength"/>, the match is computed and not kept.
/// Shared by concurrent ingestions, hence thread-safe; a race only computes a result twice.
/// </remarks>
internal sealed class MatchCache(Func<string, string?> match)
{
    public const int MaxEntries = 4096;
    public const int MaxTextLength = 200;

    private readonly ConcurrentDictionary<string, string?> _results = new(StringComparer.Ordinal);

    public int Count => _results.Count;

    public string? Match(string text)
    {
        if (_results.TryGetValue(text, out var cached)) return cached;
        var result = match(text);
        if (text.Length <= MaxTextLength && _results.Count < MaxEntries) _results.TryAdd(text, result);
        return result;
    }
}
