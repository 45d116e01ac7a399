using CiCd.Configuration;

namespace CiCd.Init;

/// <summary>What <c>mlops init</c> read from the data and the defaults derive from.</summary>
/// <param name="Rows">Data rows.</param>
/// <param name="Task">Binary, multiclass or regression.</param>
/// <param name="ClassCounts">Each target class with its row count, in the order the config lists them (empty for regression).</param>
/// <param name="DuplicateShare">Share of rows that repeat an earlier row exactly.</param>
/// <param name="NumericTarget">A regression target's distribution; null for classification.</param>
public sealed record DataSummary(int Rows, TaskKind Task, IReadOnlyList<(string Class, int Count)> ClassCounts, double DuplicateShare,
    NumericTarget? NumericTarget = null)
{
    /// <summary>The smallest class's share of the rows.</summary>
    public double MinClassShare => ClassCounts.Min(c => c.Count) / (double)Rows;

    /// <summary>The largest class's share: the accuracy of always predicting it.</summary>
    public double MajorityShare => ClassCounts.Max(c => c.Count) / (double)Rows;
}
