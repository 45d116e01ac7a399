namespace CiCd.Data.Regression;

/// <summary>
/// Quantile bins of a numeric target, used as stratification labels: splitting within each bin gives every part the
/// same spread of targets (scikit-learn has no stratified regression split; this is the usual remedy).
/// </summary>
public static class TargetBins
{
    /// <summary>At most this many bins.</summary>
    public const int MaxBins = 10;

    /// <summary>Fewest rows a bin should hold, so a bin still reaches every fold and the test split.</summary>
    public const int MinRowsPerBin = 10;

    /// <summary>The bin (0 … bins − 1) of each value by rank; ties are ordered by row, so the result is deterministic.</summary>
    public static int[] Of(IReadOnlyList<double> values)
    {
        var bins = Math.Clamp(values.Count / MinRowsPerBin, 1, MaxBins);
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var result = new int[values.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            result[order[rank]] = (int)((long)rank * bins / order.Length);
        }
        return result;
    }
}
