namespace Fnavdl.Core.Reading;

/// <summary>Limits that protect the pipeline from oversized or hostile files.</summary>
public sealed record ReadLimits
{
    /// <summary>Largest accepted upload, in bytes (default 50 MiB).</summary>
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of an XLSX package (default 500 MiB): zip bombs stop here.</summary>
    public long MaxXlsxExpandedBytes { get; init; } = 500L * 1024 * 1024;

    public static ReadLimits Default { get; } = new();
}
