namespace CiCd.Train.Trainers;

/// <summary>
/// How many threads a cross-validation fold's LightGBM fit gets, by the size of its table. ML.NET boosts one LightGBM
/// model per process at a time (a lock around the native calls), so the folds in flight take turns at boosting, each
/// with every thread it was given. On a small table an iteration is many tiny parallel regions and the threads mostly
/// wait for one another: the processor time went to the kernel switching them, not to the trees. One thread there
/// boosts as fast, and the second core runs the other fold's featurizing, binning and scoring meanwhile. The refit
/// keeps every thread (<see cref="TrainerDefinition.ForFold"/>). The settings make the thread count change the speed,
/// never the trees (see <see cref="LightGbm"/>).
/// </summary>
public static class LightGbmThreads
{
    /// <summary>
    /// From this many cells (a fold's training rows × feature columns) a fold fits on every thread. Measured on 2 cores
    /// (`mlops train`, 5 folds, two LightGBM candidates of 200 iterations, synthetic binary data; every thread → one,
    /// wall with the run's cgroup weighted above the machine's other load): 640 rows × 20 per fold 5.3 → 2.6 CPU s and
    /// 4.2 → 2.3 s; 19,200 × 20 (384,000 cells) 13.2 → 11.7 CPU s, 9.2 → 8.6 s; 32,000 × 20 (640,000) 24.1 → 17.0 CPU s,
    /// 16.3 → 12.3 s; at 1.28 million cells one thread still saved CPU but not wall (64,000 × 20: 25.1 → 25.3 s;
    /// 12,800 × 100: 19.3 → 21.5 s). Half a million leaves a margin below where it stops paying.
    /// </summary>
    public const long MinimumCells = 500_000;

    /// <summary>The threads for a fold of <paramref name="cells"/> cells: one below <see cref="MinimumCells"/>, else <paramref name="threads"/>.</summary>
    public static int For(long cells, int threads) => cells < MinimumCells ? 1 : threads;
}
