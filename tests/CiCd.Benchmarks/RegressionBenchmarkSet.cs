namespace CiCd.Benchmarks;

/// <summary>One data set's benchmark: both sides' fold checksums, mlops's nested score and the peer pipelines' scores.</summary>
internal sealed record RegressionBenchmarkSet(
    string Dataset, int Rows, string Checksum, string? PeerChecksum, PipelineScore Mlops, IReadOnlyList<PipelineScore> Peers)
{
    /// <summary>Each candidate on the outer folds (with <c>--candidates</c>), for reading only.</summary>
    public IReadOnlyList<PipelineScore> Candidates { get; init; } = [];

    public bool ChecksumsMatch => Checksum == PeerChecksum;

    public PipelineScore? BestPeer => Peers.MinBy(p => p.RmseMean);

    /// <summary>The goal: mlops's mean RMSE no worse than the best peer's.</summary>
    public bool GoalMet => BestPeer is { } best && ChecksumsMatch && Mlops.RmseMean <= best.RmseMean;
}
