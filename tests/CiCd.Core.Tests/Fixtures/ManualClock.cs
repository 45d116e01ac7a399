namespace CiCd.Core.Tests.Fixtures;

/// <summary>A clock that stands still until the test moves it, so a figure can be read at any chosen moment.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _ticks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    /// <summary>Moves the clock forward by <paramref name="seconds"/>.</summary>
    public void Advance(double seconds) => Interlocked.Add(ref _ticks, TimeSpan.FromSeconds(seconds).Ticks);
}
