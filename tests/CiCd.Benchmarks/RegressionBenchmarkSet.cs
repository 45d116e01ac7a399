namespace CiCd.Benchmarks;

/// <summary>One data set's benchmark: every repeat's cut and scores, and each pipeline's figures over all of them.</summary>
internal sealed record RegressionBenchmarkSet(string Dataset, int Rows, int Folds, IReadOnlyList<RegressionRepeat> Repeats)
{
    public bool ChecksumsMatch => Repeats.All(r => r.ChecksumsMatch);

    public RepeatedScore Mlops => Over(r => r.Mlops);

    /// <summary>The peers by name, each over every repeat (a peer missing from one repeat is left out).</summary>
    public IReadOnlyList<RepeatedScore> Peers => Named(r => r.Peers);

    public IReadOnlyList<RepeatedScore> Candidates => Named(r => r.Candidates);

    public RepeatedScore? BestPeer => Peers.MinBy(p => p.RmseMean);

    /// <summary>The goal: mlops's RMSE, averaged over every fold of every repeat, no worse than the best peer's.</summary>
    public bool GoalMet => BestPeer is { } best && ChecksumsMatch && Mlops.RmseMean <= best.RmseMean;

    /// <summary>mlops's mean RMSE minus the best peer's, repeat by repeat (empty without peers).</summary>
    public IReadOnlyList<double> GapPerRepeat => BestPeer is { } best
        ? [.. Repeats.Select((r, i) => r.Mlops.RmseMean - best.PerRepeat[i].RmseMean)]
        : [];

    private RepeatedScore Over(Func<RegressionRepeat, PipelineScore> pick) => new(pick(Repeats[0]).Pipeline, [.. Repeats.Select(pick)]);

    private List<RepeatedScore> Named(Func<RegressionRepeat, IReadOnlyList<PipelineScore>> pick) =>
        [.. pick(Repeats[0]).Select(first => first.Pipeline)
            .Where(name => Repeats.All(r => pick(r).Any(p => p.Pipeline == name)))
            .Select(name => Over(r => pick(r).First(p => p.Pipeline == name)))];
}
