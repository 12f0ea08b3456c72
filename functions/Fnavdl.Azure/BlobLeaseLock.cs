using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Azure;

/// <summary>
/// An exclusive lock held as a lease on a (empty) blob, renewed in the background until disposed.
/// It serialises commits across Function instances; correctness does not rest on it alone (the
/// unit registry's ETag check still rejects a stale writer if a lease were ever lost).
/// </summary>
internal sealed class BlobLeaseLock : IAsyncDisposable
{
    private readonly BlobLeaseClient _lease;
    private readonly CancellationTokenSource _stopRenewing = new();
    private readonly Task _renewing;
    private int _disposed;

    private BlobLeaseLock(BlobLeaseClient lease, UnitLockOptions options)
    {
        _lease = lease;
        _renewing = RenewUntilStoppedAsync(options.RenewEvery, _stopRenewing.Token);
    }

    public string LeaseId => _lease.LeaseId;

    public static async Task<BlobLeaseLock> AcquireAsync(BlobClient blob, UnitLockOptions options, CancellationToken cancellationToken = default,
        ILogger? logger = null, string? lockName = null)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(options);
        await EnsureExistsAsync(blob, cancellationToken);

        var lease = blob.GetBlobLeaseClient();
        var started = DateTimeOffset.UtcNow;
        var deadline = started + options.AcquireTimeout;
        var delay = options.FirstRetryDelay;
        var waiting = false;
        while (true)
        {
            try
            {
                await lease.AcquireAsync(options.LeaseDuration, conditions: null, cancellationToken);
                if (waiting)
                    logger?.LogInformation("Verrou {LockName} obtenu après {WaitedMs} ms d'attente", lockName ?? blob.Name,
                        (long)(DateTimeOffset.UtcNow - started).TotalMilliseconds);
                return new BlobLeaseLock(lease, options);
            }
            catch (RequestFailedException e) when (e.Status == 409) // LeaseAlreadyPresent: someone holds it.
            {
                if (!waiting)
                {
                    // A holder that died keeps the lease until it expires: say so, rather than wait in silence.
                    waiting = true;
                    logger?.LogWarning(
                        "Verrou {LockName} tenu par une autre intégration (ou par un processus arrêté, jusqu'à expiration de son bail de {LeaseSeconds} s) : attente, au plus {TimeoutSeconds} s",
                        lockName ?? blob.Name, options.LeaseDuration.TotalSeconds, options.AcquireTimeout.TotalSeconds);
                }
                if (DateTimeOffset.UtcNow + delay > deadline)
                    throw new TimeoutException(
                        $"Could not lock '{blob.Name}' within {options.AcquireTimeout.TotalSeconds:0} s: another commit holds its lease.", e);
                // Jitter keeps contenders from retrying in lockstep.
                await Task.Delay(delay * (0.75 + Random.Shared.NextDouble() / 2), cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _stopRenewing.CancelAsync();
        try
        {
            await _renewing;
        }
        catch (OperationCanceledException)
        {
        }
        try
        {
            await _lease.ReleaseAsync();
        }
        // Lease already expired or taken over: nothing left to release, and throwing from a
        // dispose would hide the commit's own outcome.
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
        }
        _stopRenewing.Dispose();
    }

    private async Task RenewUntilStoppedAsync(TimeSpan every, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stop))
        {
            try
            {
                await _lease.RenewAsync(conditions: null, stop);
            }
            catch (RequestFailedException)
            {
                // Lost (expired and taken by another holder) or a transient failure: retry at the next
                // tick; the registry's ETag check guards the commit either way.
            }
        }
    }

    private static async Task EnsureExistsAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var options = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
            await blob.UploadAsync(BinaryData.Empty, options, cancellationToken);
        }
        // 409: it exists. 412: it exists and is leased right now.
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
        }
    }
}
