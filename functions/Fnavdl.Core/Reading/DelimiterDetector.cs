namespace Fnavdl.Core.Reading;

/// <summary>
/// Picks the CSV delimiter among <c>;</c>, <c>,</c> and tab from the first records of a file.
/// For each candidate it counts occurrences outside quotes in every non-blank record and keeps
/// the candidate whose non-zero count repeats most consistently from record to record. Decimal
/// commas ("3100,50") appear in some records only, and never in the header, so a French file
/// still resolves to <c>;</c>. Ties go to <c>;</c>, then tab, then <c>,</c>.
/// </summary>
internal static class DelimiterDetector
{
    /// <summary>Characters of the file's start that are examined.</summary>
    public const int SampleChars = 64 * 1024;

    private const int MaxRecords = 50;
    private static readonly char[] Candidates = [';', '\t', ','];

    /// <param name="sample">The file's first characters.</param>
    /// <param name="complete">True when the sample is the whole file (its last record is complete).</param>
    public static char Detect(ReadOnlySpan<char> sample, bool complete)
    {
        var counts = RecordCounts(sample, complete);
        if (counts.Count == 0) return ';';

        var best = ';';
        var bestScore = (Consistency: 0.0, Count: 0);
        for (var c = 0; c < Candidates.Length; c++)
        {
            var score = Score(counts, c);
            if (score.Consistency > bestScore.Consistency
                || (score.Consistency == bestScore.Consistency && score.Count > bestScore.Count))
            {
                best = Candidates[c];
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>
    /// Share of records whose count equals the most frequent non-zero count, and that count.
    /// A candidate absent from the first record (the header, usually) scores zero.
    /// </summary>
    private static (double Consistency, int Count) Score(List<int[]> counts, int candidate)
    {
        if (counts[0][candidate] == 0) return (0, 0);

        var frequencies = new Dictionary<int, int>();
        foreach (var record in counts)
            if (record[candidate] > 0)
                frequencies[record[candidate]] = frequencies.GetValueOrDefault(record[candidate]) + 1;

        var mode = frequencies.MaxBy(f => (f.Value, f.Key));
        return ((double)mode.Value / counts.Count, mode.Key);
    }

    /// <summary>Per non-blank record, the count of each candidate outside quotes.</summary>
    private static List<int[]> RecordCounts(ReadOnlySpan<char> sample, bool complete)
    {
        var records = new List<int[]>();
        var current = new int[Candidates.Length];
        var inQuotes = false;
        var blank = true;

        for (var i = 0; i < sample.Length && records.Count < MaxRecords; i++)
        {
            var ch = sample[i];
            if (ch == '"')
            {
                inQuotes = !inQuotes; // an escaped quote ("") toggles twice: no effect
                blank = false;
            }
            else if (inQuotes)
            {
                continue;
            }
            else if (ch is '\n' or '\r')
            {
                if (!blank) records.Add(current);
                current = new int[Candidates.Length];
                blank = true;
            }
            else
            {
                var candidate = Array.IndexOf(Candidates, ch);
                if (candidate >= 0) current[candidate]++;
                if (!char.IsWhiteSpace(ch) || candidate >= 0) blank = false;
            }
        }

        // The last record counts only if it is known to be whole.
        if (complete && !blank && records.Count < MaxRecords) records.Add(current);
        return records;
    }
}
