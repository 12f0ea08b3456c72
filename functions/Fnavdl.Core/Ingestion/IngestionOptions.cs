using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// What one ingestion is given besides its store: the reading layer's <see cref="ReadLimits"/>, the Parquet row
/// groups, the temporary folder and the per-file deadline. The hosts build it from their one settings object.
/// </summary>
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

    /// <summary>
    /// How long one file may take from reading to its verdict (reading, validation, staging); past it the file is
    /// rejected with <see cref="ProcessingDeadline.Integration"/>, not retried. Null: no deadline. The hosts set it
    /// from <c>Fnavdl__FileDeadlineSeconds</c>.
    /// </summary>
    public TimeSpan? FileDeadline { get; init; }

    public static IngestionOptions Default { get; } = new();
}
