namespace CiCd.Init;

/// <summary>
/// The <c>missing</c> bound <c>mlops init</c> writes for a column: not the share the file happened to show, which a later
/// file of the column's own rows exceeds about half the time, but the share a sample of the drift window's size
/// (<see cref="SampleRows"/>) shows at most, three standard errors above the observed share. A column without a missing
/// value counts as if it had three (the rule of three: with none seen in n rows the true share can still be 3/n).
/// </summary>
internal static class MissingShareBound
{
    private const double StandardErrors = 3;

    /// <summary>The smallest later sample the config judges: a fifth of the rows, 20 to 200 (drift's <c>min_current_sample</c>).</summary>
    public static int SampleRows(int rows) => Math.Clamp(rows / 5, 20, 200);

    /// <summary>The bound for <paramref name="missing"/> of <paramref name="rows"/> values, rounded up to whole percent.</summary>
    public static double Of(int missing, int rows)
    {
        var observed = missing / (double)rows;
        var share = Math.Max(missing, Math.Min(3, rows)) / (double)rows;
        var sample = Math.Min(rows, SampleRows(rows));
        var bound = observed + (StandardErrors * Math.Sqrt(share * (1 - share) / sample));
        return Math.Min(1, Math.Ceiling(Math.Round(bound * 100, 6)) / 100);
    }
}
