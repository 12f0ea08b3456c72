namespace Fnavdl.Core.Reading;

/// <summary>Limits that protect the pipeline from oversized or hostile files.</summary>
public sealed record ReadLimits
{
    /// <summary>Largest accepted upload, in bytes (default 50 MiB).</summary>
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of an XLSX or ODS package (default 500 MiB): zip bombs stop here.</summary>
    public long MaxXlsxExpandedBytes { get; init; } = 500L * 1024 * 1024;

    /// <summary>
    /// Most times an ODS sheet may repeat one non-empty row (<c>table:number-rows-repeated</c>, default
    /// 1,000): LibreOffice writes identical consecutive rows once with a count, so a few repeats are
    /// real data, a million is a bomb. Repeated empty rows are only counted, whatever their number.
    /// </summary>
    public int MaxRepeatedRows { get; init; } = 1_000;

    /// <summary>
    /// Longest text a reader keeps from one cell (default 32 767 characters, Excel's own cell
    /// limit). A longer cell is cut to one character more, so it still exceeds every field's
    /// limit and is reported, while a 40 MB string never becomes a 40 MB value.
    /// </summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>Longest CSV record, in characters (default 1 Mi): past it the reader stops and names the line.</summary>
    public int MaxRecordChars { get; init; } = 1024 * 1024;

    public static ReadLimits Default { get; } = new();
}
