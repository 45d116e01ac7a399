namespace CiCd.Train;

/// <summary>
/// How fast a training run gets through its work units (one candidate on one fold) and how long the rest will take:
/// rows trained per second of wall time since the start, and the remaining units at the average time per unit so
/// far, plus the steps after them (<paramref name="tail"/>: the refit, artefacts and profiles, given the time per unit).
/// Safe to call from the training threads; the clock is injected so the figures can be checked without timing.
/// </summary>
public sealed class TrainingPace(TimeProvider clock, int totalUnits, Func<TimeSpan, TimeSpan>? tail = null)
{
    private readonly Lock _gate = new();
    private readonly long _start = clock.GetTimestamp();
    private long _rows;
    private int _done;

    /// <summary>Records a finished unit that trained on <paramref name="rows"/> rows; returns the run's pace so far.</summary>
    public TrainingPaceFigures Complete(int rows)
    {
        lock (_gate)
        {
            _rows += rows;
            _done++;
            var elapsed = clock.GetElapsedTime(_start);
            if (elapsed <= TimeSpan.Zero)
            {
                return new TrainingPaceFigures(_done, null, null);
            }
            var perUnit = elapsed / _done;
            var remaining = perUnit * Math.Max(0, totalUnits - _done) + (tail?.Invoke(perUnit) ?? TimeSpan.Zero);
            return new TrainingPaceFigures(_done, _rows / elapsed.TotalSeconds, remaining);
        }
    }
}
