namespace CiCd.Gate.Paired;

/// <summary>
/// The 95 % percentile interval of candidate − champion for any metric: the same resampled rows go to both models in
/// each of the resamples, so what the rows have in common cancels out, as it does in the paired difference itself.
/// </summary>
public sealed record PairedBootstrap(int Resamples, int Seed)
{
    /// <summary>
    /// Interval ends of the difference for each of <paramref name="metrics"/>, keyed by metric, over <paramref name="rowCount"/>
    /// shared rows; <paramref name="candidate"/> and <paramref name="champion"/> give a model's metrics on resampled row indexes.
    /// </summary>
    public IReadOnlyDictionary<string, (double Lower, double Upper)> Intervals(
        int rowCount, Func<int[], IReadOnlyDictionary<string, double>> candidate, Func<int[], IReadOnlyDictionary<string, double>> champion,
        IReadOnlyList<string> metrics)
    {
        var random = new Random(Seed);
        var differences = metrics.ToDictionary(m => m, _ => new List<double>(Resamples), StringComparer.Ordinal);
        var rows = new int[rowCount];
        for (var r = 0; r < Resamples; r++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = random.Next(rows.Length);
            }
            var a = candidate(rows);
            var b = champion(rows);
            foreach (var metric in metrics)
            {
                var d = a[metric] - b[metric];
                if (!double.IsNaN(d))
                {
                    differences[metric].Add(d);
                }
            }
        }
        return differences.ToDictionary(p => p.Key, p => (Percentile(p.Value, 0.025), Percentile(p.Value, 0.975)), StringComparer.Ordinal);
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        values.Sort();
        var position = p * (values.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, values.Count - 1);
        return values[low] + (position - low) * (values[high] - values[low]);
    }
}
