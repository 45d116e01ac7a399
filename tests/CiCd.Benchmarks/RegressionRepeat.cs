namespace CiCd.Benchmarks;

/// <summary>One cut of a data set into folds: both sides' fold checksums and every pipeline's scores on those folds.</summary>
internal sealed record RegressionRepeat(int FoldSeed, string Checksum, string? PeerChecksum, PipelineScore Mlops, IReadOnlyList<PipelineScore> Peers)
{
    /// <summary>Each candidate on the outer folds (with <c>--candidates</c>), for reading only.</summary>
    public IReadOnlyList<PipelineScore> Candidates { get; init; } = [];

    public bool ChecksumsMatch => Checksum == PeerChecksum;

    public IEnumerable<PipelineScore> All => new[] { Mlops }.Concat(Peers).Concat(Candidates);
}
