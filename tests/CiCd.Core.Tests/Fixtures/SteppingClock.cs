namespace CiCd.Core.Tests.Fixtures;

/// <summary>A clock that moves forward by a fixed step each time it is read, so elapsed times are known exactly without timing.</summary>
public sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private long _ticks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks) - step.Ticks;
}
