namespace CiCd.Core.Tests.Fixtures;

/// <summary>
/// A clock that moves forward by a fixed step each time it is read, so elapsed times are known exactly without timing.
/// Its timers never fire: a tick from real time would read the clock and move every figure after it.
/// </summary>
public sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private long _ticks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks) - step.Ticks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new SilentTimer();

    private sealed class SilentTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
