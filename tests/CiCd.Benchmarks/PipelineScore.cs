namespace CiCd.Benchmarks;

/// <summary>One pipeline's 5-fold figures on one data set: per-fold RMSE and R², and the seconds its fits took in all.</summary>
internal sealed record PipelineScore(string Dataset, string Pipeline, IReadOnlyList<double> Rmse, IReadOnlyList<double> R2, double FitSeconds)
{
    /// <summary>What was selected on each outer fold (mlops), or empty for a fixed pipeline.</summary>
    public IReadOnlyList<string> Selected { get; init; } = [];

    public double RmseMean => Rmse.Average();

    public double RmseSd => Sd(Rmse);

    public double R2Mean => R2.Average();

    // Sample standard deviation over the folds, as numpy's std(ddof=1).
    private static double Sd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
