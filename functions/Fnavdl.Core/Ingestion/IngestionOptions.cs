using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Ingestion;

public sealed record IngestionOptions
{
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>Rows per Parquet row group: bounds memory whatever the file's size.</summary>
    public int RowGroupSize { get; init; } = 10_000;

    /// <summary>
    /// Where ingestions keep their temporary files (one locked folder each, swept by the next run
    /// when its process died): a private folder of this user, mode 0700, never a link
    /// (<see cref="PrivateWorkArea"/>); null: <c>{system temp}/fnavdl-work-{uid}</c>.
    /// </summary>
    public string? TempFolder { get; init; }

    public static IngestionOptions Default { get; } = new();
}
