namespace Fnavdl.FrontDoor;

/// <summary>
/// The cancellation of one front-door request: the client leaving (<c>HttpContext.RequestAborted</c>), the host
/// stopping, or the request's deadline, whichever comes first — so a check whose client left, or that runs too
/// long, stops inside the validator rather than after it.
/// </summary>
internal sealed class RequestScope : IDisposable
{
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenSource _linked;

    public RequestScope(CancellationToken aborted, TimeSpan deadline, TimeProvider clock)
    {
        _deadline = new CancellationTokenSource(deadline, clock);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _deadline.Token);
        Aborted = aborted;
    }

    public CancellationToken Token => _linked.Token;

    /// <summary>The client left, or the host is stopping.</summary>
    public CancellationToken Aborted { get; }

    public bool DeadlinePassed => _deadline.IsCancellationRequested && !Aborted.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _deadline.Dispose();
    }
}
