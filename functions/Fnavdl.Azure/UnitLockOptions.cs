namespace Fnavdl.Azure;

/// <summary>
/// How a unit lock (a blob lease) is held and waited for.
/// The lease is renewed while held, so a long commit keeps it; a crashed holder loses it at the
/// latest <see cref="LeaseDuration"/> later, which is why <see cref="AcquireTimeout"/> must be longer.
/// </summary>
public sealed record UnitLockOptions
{
    public static UnitLockOptions Default { get; } = new();

    /// <summary>
    /// Blob leases last 15 to 60 seconds (or forever, which a crash would leave stuck). The shortest:
    /// a holder killed mid-commit blocks its unit for at most this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan RenewEvery { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Give up waiting for another holder after this long (then <see cref="TimeoutException"/>).</summary>
    public TimeSpan AcquireTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>First pause between two attempts; doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
