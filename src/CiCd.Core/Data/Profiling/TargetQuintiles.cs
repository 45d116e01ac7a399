namespace CiCd.Data.Profiling;

/// <summary>
/// A numeric (regression) target profiled as its quintiles: the mix of each feature level and every association is
/// measured against which fifth of the target a row falls in. Ranks only, so a log-transformed target bins the same rows.
/// </summary>
public static class TargetQuintiles
{
    private const int Bins = 5;

    /// <summary><paramref name="data"/> with its labels and classes replaced by the target's quintiles (unchanged for a classifier).</summary>
    public static Dataset Apply(Dataset data)
    {
        if (data.Targets is not { } targets)
        {
            return data;
        }
        var (labels, classes) = Of(targets);
        return data with { Labels = labels, Config = data.Config with { Classes = classes, PositiveClass = null } };
    }

    /// <summary>Each value's quintile (0 lowest) and the quintiles' names.</summary>
    public static (int[] Labels, string[] Classes) Of(double[] targets)
    {
        var sorted = targets.Order().ToArray();
        // The upper edge of each of the first four fifths; a value above edge k is in bin k + 1 or higher.
        var edges = Enumerable.Range(1, Bins - 1).Select(i => sorted[Math.Max(0, (int)Math.Ceiling(i * sorted.Length / (double)Bins) - 1)]).ToArray();
        var labels = targets.Select(y => edges.Count(edge => y > edge)).ToArray();
        var classes = Enumerable.Range(1, Bins).Select(i => i switch
        {
            1 => "quintile 1 (lowest)",
            Bins => $"quintile {Bins} (highest)",
            _ => $"quintile {i}",
        }).ToArray();
        return (labels, classes);
    }
}
