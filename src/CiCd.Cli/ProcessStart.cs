using CiCd.Train.Trainers;

namespace CiCd.Cli;

/// <summary>Settings of the `mlops` process that are safest made before it runs any work: Program calls <see cref="Prepare"/> first.</summary>
public static class ProcessStart
{
    /// <summary>
    /// OpenMP's passive wait policy for LightGBM (<see cref="OpenMpWaitPolicy"/>): native setenv is not thread-safe, and
    /// at the first LightGBM fit, where the trainer also sets it (for hosts that never run this), training threads run.
    /// </summary>
    public static void Prepare() => OpenMpWaitPolicy.EnsurePassive();
}
