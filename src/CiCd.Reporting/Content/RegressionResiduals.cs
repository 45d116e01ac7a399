namespace CiCd.Reporting.Content;

/// <summary>A regression run's test split: each row's actual and predicted value, for the residual charts.</summary>
public sealed record RegressionResiduals(double[] Actual, double[] Predicted)
{
    /// <summary>Predicted − actual, per row.</summary>
    public double[] Residuals => [.. Actual.Select((y, i) => Predicted[i] - y)];

    /// <summary>
    /// The mean absolute error within each tenth of the rows ordered by actual value (fewer groups when there are fewer
    /// than 10 rows): where along the target's range the model is off.
    /// </summary>
    public IReadOnlyList<(double MedianActual, double MeanAbsoluteError)> ErrorByTargetDecile()
    {
        var order = Enumerable.Range(0, Actual.Length).OrderBy(i => Actual[i]).ThenBy(i => i).ToArray();
        var groups = Math.Min(10, order.Length);
        return [.. Enumerable.Range(0, groups).Select(g =>
        {
            var rows = order[(g * order.Length / groups)..((g + 1) * order.Length / groups)];
            var actual = rows.Select(i => Actual[i]).Order().ToArray();
            return (actual[actual.Length / 2], rows.Average(i => Math.Abs(Predicted[i] - Actual[i])));
        })];
    }
}
