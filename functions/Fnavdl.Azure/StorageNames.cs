using System.Text.RegularExpressions;
using Fnavdl.Core.Summary;

namespace Fnavdl.Azure;

/// <summary>Names of the containers and tables the pipeline uses in one storage account.</summary>
public sealed partial record StorageNames
{
    public static StorageNames Default { get; } = new();

    public string Uploads { get; init; } = "uploads";
    public string Raw { get; init; } = "raw";
    public string Curated { get; init; } = "curated";
    public string Reports { get; init; } = "reports";
    public string Gold { get; init; } = "gold";
    public string Syntheses { get; init; } = SummaryLayout.Area;
    public string IngestionsTable { get; init; } = "ingestions";
    public string Locks { get; init; } = "locks";

    /// <summary>
    /// Indicators for quick lookup (PartitionKey = annee), and in the partition "recalculs" the
    /// per-year recompute counters (see TableRecomputeLedger).
    /// </summary>
    public string IndicatorsTable { get; init; } = "indicateurs";

    /// <summary>The queue of recompute requests (must match the queue trigger of RecomputeIndicators).</summary>
    public string RecomputeQueue { get; init; } = "recalcul-indicateurs";

    /// <summary>
    /// The same names behind a prefix, to share an account (tests, a staging copy). Table names
    /// allow only letters and digits, hence the restricted prefix.
    /// </summary>
    public StorageNames WithPrefix(string prefix)
    {
        if (!PrefixPattern().IsMatch(prefix))
            throw new ArgumentException($"Storage name prefix '{prefix}' must be lower-case letters and digits, starting with a letter.", nameof(prefix));
        return new StorageNames
        {
            Uploads = prefix + Uploads,
            Raw = prefix + Raw,
            Curated = prefix + Curated,
            Reports = prefix + Reports,
            Gold = prefix + Gold,
            Syntheses = prefix + Syntheses,
            IngestionsTable = prefix + IngestionsTable,
            Locks = prefix + Locks,
            IndicatorsTable = prefix + IndicatorsTable,
            RecomputeQueue = prefix + RecomputeQueue,
        };
    }

    [GeneratedRegex("^[a-z][a-z0-9]{0,40}$")]
    private static partial Regex PrefixPattern();
}
