namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// The system clock, except that every timer has fired by the time it is created: a deadline measured with it has
/// passed as soon as it is set, so a test sees what a deadline does without waiting for one (and without depending
/// on the machine's speed or on when the thread pool runs the timer).
/// </summary>
public sealed class ExpiredTimers : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        using var fired = new ManualResetEventSlim();
        var timer = System.CreateTimer(s =>
        {
            callback(s);
            fired.Set();
        }, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        fired.Wait();
        return timer;
    }
}
