using CiCd.Gate.Paired;

namespace CiCd.Gate;

/// <summary>The gate's verdict on a candidate: every check, which champion it was compared with, and whether it is blessed.</summary>
public sealed record GateReport(string Candidate, string CandidateRunId, string? Champion, string? ChampionRunId, IReadOnlyList<GateCheck> Checks)
{
    /// <summary>True when no check failed (a missing champion does not fail).</summary>
    public bool Passed => Checks.All(c => c.Outcome != GateOutcome.Fail);

    /// <summary>The failed checks, all of them.</summary>
    public IEnumerable<GateCheck> Failures => Checks.Where(c => c.Outcome == GateOutcome.Fail);

    /// <summary>Whether the champion was scored on the candidate's rows, and the paired differences (null without a champion).</summary>
    public PairedComparison? Comparison { get; init; }
}
