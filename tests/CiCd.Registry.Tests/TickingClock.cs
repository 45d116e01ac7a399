namespace CiCd.Registry.Tests;

/// <summary>A clock that moves one minute each time it is read, so history entries have distinct, known times.</summary>
public sealed class TickingClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private int _reads;

    public override DateTimeOffset GetUtcNow() => Start.AddMinutes(Interlocked.Increment(ref _reads));
}
