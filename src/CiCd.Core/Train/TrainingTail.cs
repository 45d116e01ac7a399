namespace CiCd.Train;

/// <summary>
/// The steps of a run after cross-validation (the refit, then the test and artefacts, then each output such as the drift
/// reference and the data profile) and the time they will take, so the time left covers the whole run, not only the folds.
/// The refit is estimated at the wall time of one cross-validation unit scaled by its rows; the other steps at the time
/// reading the data took, times their cost relative to that read (both grow with rows × columns). As steps end, the steps
/// left are rescaled by how far the finished ones were off their estimates, so a machine that got busier shows in the ETA.
/// Steps run one after the other on the engine's thread; the clock is injected so the figures can be checked exactly.
/// </summary>
public sealed class TrainingTail(TimeProvider clock, double refitScale, TimeSpan read, IReadOnlyList<double> afterRefit)
{
    /// <summary>The cost of testing on the held-out rows and writing the model, card and evaluation, in reads of the data.</summary>
    public const double ArtefactsCost = 1.0;

    private readonly TimeSpan[] _estimates = new TimeSpan[1 + afterRefit.Count];
    private TimeSpan _estimatedDone;
    private TimeSpan _actualDone;
    private long _stepStart;
    private int _begun;

    /// <summary>How many steps the tail has: the refit and one per cost given after it.</summary>
    public int Steps => _estimates.Length;

    /// <summary>How many steps have begun.</summary>
    public int Begun => _begun;

    /// <summary>
    /// The wall time of one unit as the refit will run it: alone, on <paramref name="threads"/> threads. The search ran
    /// <paramref name="total"/> unit-seconds in <paramref name="wall"/>, so on average total / wall units at once; the refit
    /// gets that speed-up only as far as its trainer has threads to use it. A single-threaded trainer whose folds ran two
    /// at a time refits in its own unit's time, not half of it (the estimate was 2-6× short under load); a trainer on every
    /// core, or folds that ran one at a time, keep the search's wall time per unit-second. Units merged from shards ran
    /// elsewhere (no wall time here): their own seconds are taken as they are.
    /// </summary>
    /// <param name="own">The selected candidate's mean seconds per unit.</param>
    /// <param name="total">The seconds of every unit of the search, summed.</param>
    /// <param name="wall">The wall time the units took together here, or null.</param>
    /// <param name="threads">The threads the refit's trainer fits with.</param>
    public static TimeSpan RefitUnit(double own, double total, TimeSpan? wall, int threads)
    {
        var concurrency = wall is { } time && time > TimeSpan.Zero && total > 0 ? total / time.TotalSeconds : 1;
        return TimeSpan.FromSeconds(own / Math.Min(Math.Max(threads, 1), concurrency));
    }

    /// <summary>The whole tail's time before it starts, when one cross-validation unit takes <paramref name="unit"/> of wall time.</summary>
    public TimeSpan Estimate(TimeSpan unit) => Refit(unit) + read * afterRefit.Sum();

    /// <summary>
    /// Begins the next step (the first is the refit, whose unit time is fixed then) and returns the time left for the
    /// run: this step and the ones after it, rescaled by the finished steps' actual over estimated time.
    /// </summary>
    public TimeSpan Begin(TimeSpan unit)
    {
        var now = clock.GetTimestamp();
        if (_begun == 0)
        {
            _estimates[0] = Refit(unit);
            for (var i = 0; i < afterRefit.Count; i++)
            {
                _estimates[i + 1] = read * afterRefit[i];
            }
        }
        else if (_begun <= _estimates.Length)
        {
            _estimatedDone += _estimates[_begun - 1];
            _actualDone += clock.GetElapsedTime(_stepStart, now);
        }
        _stepStart = now;
        _begun++;
        var left = _estimates.Skip(_begun - 1).Aggregate(TimeSpan.Zero, (sum, estimate) => sum + estimate);
        return _estimatedDone > TimeSpan.Zero ? left * (_actualDone / _estimatedDone) : left;
    }

    private TimeSpan Refit(TimeSpan unit) => unit * refitScale;
}
