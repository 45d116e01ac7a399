using CiCd.Metrics;

namespace CiCd.Train;

/// <summary>The selection rule of the train stage, in one place so that benchmarks replaying the stage select alike.</summary>
public static class CandidateSelection
{
    /// <summary>
    /// The best mean of <paramref name="metric"/> (highest or lowest, as the metric says); ties keep the earlier
    /// candidate in config order, so selection is stable.
    /// </summary>
    public static CandidateResult Best(IReadOnlyList<CandidateResult> results, string metric)
    {
        var sign = MetricCatalog.HigherIsBetter(metric) ? 1 : -1;
        var best = results[0];
        foreach (var result in results.Skip(1))
        {
            if (sign * result.Mean[metric] > sign * best.Mean[metric])
            {
                best = result;
            }
        }
        return best;
    }
}
