namespace CiCd.Train.Trainers;

/// <summary>The hyperparameters of a FastForest, the same whether its trees classify or regress.</summary>
internal static class FastForestSpace
{
    /// <summary>Name, default, bounds and whether the value is whole, for the search.</summary>
    public static IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("number_of_leaves", 32, 2, 1024, true),
        new("number_of_trees", 200, 1, 2000, true),
        new("minimum_example_count_per_leaf", 5, 1, 1000, true),
        new("feature_fraction", 1, 0.05, 1, false),
        new("feature_fraction_per_split", 0.5, 0.05, 1, false),
    ];
}
