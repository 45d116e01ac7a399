namespace CiCd.Train.Trainers;

/// <summary>The LightGBM settings shared by the binary and multiclass trainers.</summary>
internal sealed record LightGbmParameters(int Leaves, int Iterations, double LearningRate, int MinPerLeaf, double L2)
{
    public static IReadOnlyList<HyperParameter> All { get; } =
    [
        new("number_of_leaves", 8, 2, 256, true),
        new("number_of_iterations", 100, 1, 5000, true),
        new("learning_rate", 0.05, 0.001, 1, false),
        new("minimum_example_count_per_leaf", 10, 1, 1000, true),
        new("l2_regularization", 0, 0, 1000, false),
    ];

    public static LightGbmParameters Read(IReadOnlyDictionary<string, double> values)
    {
        double Get(string name) => values.TryGetValue(name, out var value) ? value : All.Single(p => p.Name == name).Default;
        return new LightGbmParameters(
            (int)Math.Round(Get("number_of_leaves")),
            (int)Math.Round(Get("number_of_iterations")),
            Get("learning_rate"),
            (int)Math.Round(Get("minimum_example_count_per_leaf")),
            Get("l2_regularization"));
    }
}
