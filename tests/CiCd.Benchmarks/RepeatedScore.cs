namespace CiCd.Benchmarks;

/// <summary>One pipeline over every repeat: the mean and spread of all its fold scores, and how much its repeat means move.</summary>
internal sealed record RepeatedScore(string Pipeline, IReadOnlyList<PipelineScore> PerRepeat)
{
    public double RmseMean => PerRepeat.SelectMany(p => p.Rmse).Average();

    /// <summary>The spread of single folds: what one 5-fold run shows as "± sd".</summary>
    public double RmseSd => Spread.Sd([.. PerRepeat.SelectMany(p => p.Rmse)]);

    /// <summary>The spread of the repeats' means: how far a single 5-fold mean may land from this one.</summary>
    public double RmseRepeatSd => Spread.Sd([.. PerRepeat.Select(p => p.RmseMean)]);

    public double R2Mean => PerRepeat.SelectMany(p => p.R2).Average();

    public double R2Sd => Spread.Sd([.. PerRepeat.SelectMany(p => p.R2)]);

    public double FitSeconds => PerRepeat.Sum(p => p.FitSeconds);

    public int FoldCount => PerRepeat.Sum(p => p.Rmse.Count);
}
