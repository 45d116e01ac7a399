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
