namespace CiCd.Train;

/// <summary>
/// How fast a training run gets through its work units (one candidate on one fold) and how long the rest will take.
/// Each unit's own time runs from <see cref="Begin"/> to <see cref="Complete"/>. The units left are estimated at their
/// trainer's mean unit time (the mean of every finished unit until that trainer has finished one), so a slow trainer at
/// the end of the search raises the estimate when its first unit ends instead of being averaged away by the many fast
/// units before it; and a unit running past its trainer's estimate raises that estimate to its own time so far, so an
/// estimate that has been exceeded grows with the clock instead of staying where it was (the ETA said "28s" for minutes
/// of fast_forest folds). Unit-seconds become wall time at the concurrency seen so far (busy unit-seconds over the wall
/// time since the start); the steps after the units (<c>tail</c>, given the wall time per unit) are added.
/// Safe to call from the training threads; the clock is injected so the figures can be checked without timing.
/// </summary>
public sealed class TrainingPace
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly IReadOnlyList<string> _trainers;
    private readonly Func<TimeSpan, TimeSpan>? _tail;
    private readonly long _start;
    private readonly long?[] _running;
    private readonly bool[] _finished;
    private readonly Dictionary<string, (double Seconds, int Units)> _byTrainer = new(StringComparer.Ordinal);
    private double _finishedSeconds;
    private long _rows;
    private int _done;

    /// <summary>A pace over one unit per entry of <paramref name="trainers"/>, each naming the trainer its unit fits.</summary>
    public TrainingPace(TimeProvider clock, IReadOnlyList<string> trainers, Func<TimeSpan, TimeSpan>? tail = null)
    {
        _clock = clock;
        _trainers = trainers;
        _tail = tail;
        _running = new long?[trainers.Count];
        _finished = new bool[trainers.Count];
        _start = clock.GetTimestamp();
    }

    /// <summary>A pace over <paramref name="totalUnits"/> units of one trainer.</summary>
    public TrainingPace(TimeProvider clock, int totalUnits, Func<TimeSpan, TimeSpan>? tail = null)
        : this(clock, [.. Enumerable.Repeat("", totalUnits)], tail)
    {
    }

    /// <summary>Records that unit <paramref name="unit"/> (its index in the trainers given) starts now.</summary>
    public void Begin(int unit)
    {
        lock (_gate)
        {
            _running[unit] = _clock.GetTimestamp();
        }
    }

    /// <summary>Records that unit <paramref name="unit"/> ended, having trained on <paramref name="rows"/> rows; returns the run's pace so far.</summary>
    public TrainingPaceFigures Complete(int unit, int rows)
    {
        lock (_gate)
        {
            var now = _clock.GetTimestamp();
            var seconds = _running[unit] is { } begun ? _clock.GetElapsedTime(begun, now).TotalSeconds : 0;
            _running[unit] = null;
            _finished[unit] = true;
            var trainer = _byTrainer.GetValueOrDefault(_trainers[unit]);
            _byTrainer[_trainers[unit]] = (trainer.Seconds + seconds, trainer.Units + 1);
            _finishedSeconds += seconds;
            _rows += rows;
            _done++;
            return Figures(now);
        }
    }

    /// <summary>The run's pace now, between the ends of units, with the unit furthest past its estimate if one is.</summary>
    public TrainingPaceFigures Now()
    {
        lock (_gate)
        {
            return Figures(_clock.GetTimestamp());
        }
    }

    private TrainingPaceFigures Figures(long now)
    {
        var elapsed = _clock.GetElapsedTime(_start, now);
        if (elapsed <= TimeSpan.Zero)
        {
            return new TrainingPaceFigures(_done, null, null);
        }
        var rowsPerSecond = _rows / elapsed.TotalSeconds;
        if (_done == 0)
        {
            // Nothing finished yet: no unit time to estimate from.
            return new TrainingPaceFigures(_done, rowsPerSecond, null);
        }
        var running = Enumerable.Range(0, _running.Length).Where(u => _running[u] is not null)
            .Select(u => (Unit: u, Seconds: _clock.GetElapsedTime(_running[u]!.Value, now).TotalSeconds)).ToList();
        var estimates = Estimates(running);
        var left = running.Sum(r => Math.Max(estimates[_trainers[r.Unit]].Raised - r.Seconds, 0))
            + Enumerable.Range(0, _finished.Length).Where(u => !_finished[u] && _running[u] is null).Sum(u => estimates[_trainers[u]].Raised);
        var busy = _finishedSeconds + running.Sum(r => r.Seconds);
        var concurrency = busy > 0 ? busy / elapsed.TotalSeconds : 1;
        var unitWall = TimeSpan.FromSeconds(_finishedSeconds / _done / concurrency);
        var remaining = TimeSpan.FromSeconds(left / concurrency) + (_tail?.Invoke(unitWall) ?? TimeSpan.Zero);
        var overdue = running.Where(r => r.Seconds > estimates[_trainers[r.Unit]].Own).OrderByDescending(r => r.Seconds - estimates[_trainers[r.Unit]].Own)
            .Select(r => new OverdueUnit(r.Unit, TimeSpan.FromSeconds(r.Seconds), TimeSpan.FromSeconds(estimates[_trainers[r.Unit]].Own)))
            .FirstOrDefault();
        return new TrainingPaceFigures(_done, rowsPerSecond, remaining) { Overdue = overdue };
    }

    // Per trainer of an unfinished unit: its own mean unit time (else every finished unit's), and that raised to the
    // longest time one of its units has been running.
    private Dictionary<string, (double Own, double Raised)> Estimates(List<(int Unit, double Seconds)> running)
    {
        var overall = _finishedSeconds / _done;
        var estimates = new Dictionary<string, (double Own, double Raised)>(StringComparer.Ordinal);
        for (var u = 0; u < _trainers.Count; u++)
        {
            if (!_finished[u] && !estimates.ContainsKey(_trainers[u]))
            {
                var own = _byTrainer.TryGetValue(_trainers[u], out var trainer) ? trainer.Seconds / trainer.Units : overall;
                var longest = running.Where(r => _trainers[r.Unit] == _trainers[u]).Select(r => r.Seconds).DefaultIfEmpty(0).Max();
                estimates[_trainers[u]] = (own, Math.Max(own, longest));
            }
        }
        return estimates;
    }
}
