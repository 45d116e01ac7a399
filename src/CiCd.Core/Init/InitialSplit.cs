using CiCd.Train;

namespace CiCd.Init;

/// <summary>
/// The held-out test split of the config <c>mlops init</c> writes: its fraction, and the rows of a class it holds,
/// counted as the training run's split counts them, so a warning or a gate bound speaks of the rows the test gets.
/// </summary>
internal static class InitialSplit
{
    public const double TestFraction = 0.2;

    /// <summary>How many of a class's <paramref name="classRows"/> rows the test split holds.</summary>
    public static int TestRows(int classRows) => StratifiedSplit.TestRows(classRows, TestFraction);
}
