using CiCd.Comparison;
using CiCd.Errors;
using CiCd.Tracking.Store;

namespace CiCd.Tracking.Queries;

/// <summary>Builds `runs compare`: reads each run and lines up their params and metrics.</summary>
public sealed class RunComparer(IExperimentStore store)
{
    /// <summary>Compares two or more runs, in the order given; an unknown id is an input error.</summary>
    public RunComparison Compare(IReadOnlyList<string> runIds)
    {
        if (runIds.Count < 2)
        {
            throw new InputException($"runs compare needs at least two run ids, got {runIds.Count}");
        }
        var runs = runIds.Select(store.GetRun).ToList();
        return new RunComparison(
            runIds,
            SideBySide.Texts(runs.Select(r => r.Params).ToList()),
            SideBySide.Numbers(runs.Select(r => r.Metrics).ToList()));
    }
}
