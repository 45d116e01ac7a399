using CiCd.Train.Trainers;

namespace CiCd.Cli;

/// <summary>
/// Settings of the `mlops` process that only take effect when made before it runs any work: Program calls
/// <see cref="Prepare"/> first. Neither changes a result, only how idle threads wait.
/// </summary>
public static class ProcessStart
{
    /// <summary>The runtime setting for how long an idle thread-pool thread spins before it sleeps.</summary>
    public const string PoolSpinLimit = "System.Threading.ThreadPool.UnfairSemaphoreSpinLimit";

    /// <summary>
    /// OpenMP's passive wait policy for every command (native setenv is safest before the process starts threads of its
    /// own; LightGBM's trainer keeps its call for hosts that never run this), and for `mlops train` a thread pool whose
    /// idle threads sleep at once. ML.NET's single-threaded FastTree and FastForest hand every feature group of every
    /// split to the pool and wait for it; each hand-off woke an idle pool thread that then spun, and the waiting thread
    /// spun too: on mlops.yaml 169 of `mlops train`'s processor seconds, 74 without the spin (load average 23-30, two
    /// cores), the same models. Read once when the pool starts its first thread, hence here.
    /// </summary>
    public static void Prepare(IReadOnlyList<string> args)
    {
        OpenMpWaitPolicy.EnsurePassive();
        if (args is ["train", ..])
        {
            AppContext.SetData(PoolSpinLimit, 0);
        }
    }
}
