namespace CiCd.Metrics.Regression;

/// <summary>
/// The regression metrics of a set of predictions: RMSE, MAE, R², MAPE and quantiles of the absolute error.
/// MAPE averages |error| / |actual| over the rows whose actual value is not 0 (a zero target would divide by zero);
/// when every actual value is 0 it is left out, so a gate on it fails as "missing" instead of passing on nonsense.
/// </summary>
public static class RegressionEvaluator
{
    /// <summary>The metrics of <paramref name="predicted"/> against <paramref name="actual"/>.</summary>
    public static Dictionary<string, double> Metrics(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        if (actual.Count == 0 || actual.Count != predicted.Count)
        {
            throw new ArgumentException($"need as many predictions as actual values (found {predicted.Count} and {actual.Count}), at least one");
        }
        var errors = actual.Select((y, i) => predicted[i] - y).ToArray();
        var absolute = errors.Select(Math.Abs).Order().ToArray();
        var mean = actual.Average();
        var total = actual.Sum(y => (y - mean) * (y - mean));
        var squared = errors.Sum(e => e * e);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [MetricNames.Rmse] = Math.Sqrt(squared / errors.Length),
            [MetricNames.Mae] = absolute.Average(),
            // A constant target has no variance to explain: R² is 0 for a perfect fit of it by convention here, not NaN.
            [MetricNames.R2] = total > 0 ? 1 - squared / total : 0,
            [MetricNames.AbsErrorP50] = Quantile(absolute, 0.5),
            [MetricNames.AbsErrorP90] = Quantile(absolute, 0.9),
            [MetricNames.AbsErrorP95] = Quantile(absolute, 0.95),
        };
        var nonZero = Enumerable.Range(0, actual.Count).Where(i => actual[i] != 0).ToList();
        if (nonZero.Count > 0)
        {
            metrics[MetricNames.Mape] = nonZero.Average(i => Math.Abs(errors[i]) / Math.Abs(actual[i]));
        }
        return metrics;
    }

    /// <summary>The <paramref name="q"/> quantile of sorted values, interpolated linearly (numpy's default).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }

    /// <summary>The metrics as an <see cref="Evaluation"/>, with no classes, confusion or curve.</summary>
    public static Evaluation Evaluate(IReadOnlyList<double> actual, double[][] predictions) =>
        new(Metrics(actual, predictions.Select(p => p[0]).ToArray()), [], new ConfusionMatrix([], []), [], 0);
}
