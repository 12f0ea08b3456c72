namespace Fnavdl.Core.Storage;

/// <summary>
/// Which version of each replacement unit is current: one manifest per region (its format is
/// <c>Lake/UnitManifest</c>), stored in the curated area beside the tables, and the lock that serialises
/// a region's commits. Locally a file replaced by an atomic rename and an in-process lock plus a lock
/// file; on Azure a blob replaced under an ETag precondition and a blob lease. A commit replaces its
/// region's manifest in one write, so every unit of a deposit changes for readers at the same instant.
/// </summary>
public interface IUnitRegistry
{
    /// <summary>Exclusive right to commit units of <paramref name="codeRegion"/> until disposed.</summary>
    Task<IAsyncDisposable> LockAsync(string codeRegion, CancellationToken cancellationToken = default);

    /// <summary>The region's stored manifest with its concurrency tag, read in one request; null when it has none.</summary>
    Task<StoredManifest?> ReadAsync(string codeRegion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the region's manifest with <paramref name="content"/>, in one atomic write, if the stored one still
    /// has <paramref name="expectedETag"/> (null: only if there is none yet). Returns false when it changed meanwhile.
    /// </summary>
    Task<bool> TryReplaceAsync(string codeRegion, byte[] content, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>The regions that have a manifest, in ordinal order.</summary>
    IAsyncEnumerable<string> ListRegionsAsync(CancellationToken cancellationToken = default);
}
