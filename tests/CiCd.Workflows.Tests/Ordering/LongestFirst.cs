using Xunit.Abstractions;

[assembly: TestCollectionOrderer("CiCd.Workflows.Tests.Ordering.LongestFirst", "CiCd.Workflows.Tests")]

namespace CiCd.Workflows.Tests.Ordering;

/// <summary>
/// Starts the test collections that take minutes before the hundreds that take milliseconds: xunit runs two at a time
/// (one per core), and when the promotion test started last it ran alone at the end of the project, which made this
/// project the second-longest of the Test target. The order changes when a test runs, never what it checks.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    /// <summary>Longest first: the promotion test (its engine, registry and publish output are made first), then the
    /// sharded training and the retraining loop; names as xunit shows the collections.</summary>
    public static IReadOnlyList<string> Longest => Names;

    private static readonly string[] Names =
    [
        Promotion.PromotionEngine.Name,
        $"Test collection for {typeof(Runner.ShardedTrainingStepsTests).FullName}",
        $"Test collection for {typeof(Retrain.RetrainLoopTests).FullName}",
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        Order(testCollections, collection => collection.DisplayName);

    /// <summary><paramref name="items"/> with those named in <see cref="Longest"/> first, in its order; the rest as they came.</summary>
    public static IEnumerable<T> Order<T>(IEnumerable<T> items, Func<T, string> name) =>
        items.Select((item, index) => (Item: item, Index: index, Rank: Rank(name(item))))
            .OrderBy(entry => entry.Rank)
            .ThenBy(entry => entry.Index)
            .Select(entry => entry.Item);

    private static int Rank(string name) => Array.IndexOf(Names, name) is var i and >= 0 ? i : Names.Length;
}
