namespace CiCd.Monitoring.Statistics;

/// <summary>Turns counts on shared bins or categories into proportions.</summary>
internal static class Distribution
{
    public static double[] Proportions(ReadOnlySpan<long> counts)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }
        var proportions = new double[counts.Length];
        if (total == 0)
        {
            return proportions;
        }
        for (var i = 0; i < counts.Length; i++)
        {
            proportions[i] = counts[i] / (double)total;
        }
        return proportions;
    }

    /// <summary>Proportions of both sides, after checking they were counted on the same bins.</summary>
    public static (double[] Reference, double[] Current) Pair(ReadOnlySpan<long> reference, ReadOnlySpan<long> current)
    {
        RequireSameLength(reference, current);
        return (Proportions(reference), Proportions(current));
    }

    public static void RequireSameLength(ReadOnlySpan<long> reference, ReadOnlySpan<long> current)
    {
        if (reference.Length != current.Length)
        {
            throw new ArgumentException($"reference has {reference.Length} bins but current has {current.Length}; both must be counted on the same bins");
        }
    }
}
