namespace Fnavdl.Core.Storage;

/// <summary>
/// The per-unit "current version" records and the lock that serialises commits of one unit.
/// Locally a file and an in-process lock; on Azure a Table entity (ETag-checked) and a blob lease.
/// A unit record is the one pointer to a unit's files: readers follow it, and a commit switches it
/// last, so a unit changes for readers whole or not at all.
/// </summary>
public interface IUnitRegistry
{
    /// <summary>Exclusive right to commit <paramref name="unitKey"/> until disposed.</summary>
    Task<IAsyncDisposable> LockAsync(string unitKey, CancellationToken cancellationToken = default);

    Task<UnitRecord?> GetAsync(string unitKey, CancellationToken cancellationToken = default);

    /// <summary>Every record whose unit key starts with <paramref name="unitKeyPrefix"/>, in ordinal order of key.</summary>
    IAsyncEnumerable<UnitRecord> ListAsync(string unitKeyPrefix = "", CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the new owner of a unit if the record still has <paramref name="expectedETag"/>
    /// (null: only if there is no record yet). Returns false when someone changed it meanwhile.
    /// </summary>
    Task<bool> TrySetAsync(UnitVersion version, string? expectedETag, CancellationToken cancellationToken = default);
}

/// <summary>A unit's current version with the concurrency tag of its stored record.</summary>
public sealed record UnitRecord(UnitVersion Version, string ETag);
