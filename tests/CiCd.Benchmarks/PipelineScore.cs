namespace CiCd.Benchmarks;

/// <summary>One pipeline's figures on one cut of a data set into folds: per-fold RMSE and R², and the seconds its fits took in all.</summary>
internal sealed record PipelineScore(string Dataset, string Pipeline, IReadOnlyList<double> Rmse, IReadOnlyList<double> R2, double FitSeconds)
{
    /// <summary>What was selected on each outer fold (mlops), or empty for a fixed pipeline.</summary>
    public IReadOnlyList<string> Selected { get; init; } = [];

    public double RmseMean => Rmse.Average();

    public double RmseSd => Spread.Sd(Rmse);

    public double R2Mean => R2.Average();
}
