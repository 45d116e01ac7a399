namespace CiCd.Monitoring.Statistics;

/// <summary>
/// PSI = Σ (c - r) · ln(c / r) over shared bins, where r and c are the reference and current
/// proportions. An empty bin would make the log infinite, so a proportion of exactly 0 (on either
/// side) is replaced by <see cref="EmptyBinProportion"/> before summing; nothing is renormalised.
/// </summary>
public static class PopulationStabilityIndex
{
    /// <summary>The proportion an empty bin counts as (1e-4, the value Evidently uses).</summary>
    public const double EmptyBinProportion = 1e-4;

    /// <summary>PSI of current counts against reference counts on the same bins or categories.</summary>
    public static double Compute(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (reference, current) = Distribution.Pair(referenceCounts, currentCounts);
        var psi = 0.0;
        for (var i = 0; i < reference.Length; i++)
        {
            var r = reference[i] == 0 ? EmptyBinProportion : reference[i];
            var c = current[i] == 0 ? EmptyBinProportion : current[i];
            psi += (c - r) * Math.Log(c / r);
        }
        return psi;
    }
}
