using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Train.Trainers.Regression;

/// <summary>FastTree gradient-boosted regression trees (MART) on the squared error.</summary>
public sealed class FastTreeRegression : TreeTrainer
{
    /// <inheritdoc />
    public override string Name => "fast_tree";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Regression;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("number_of_leaves", 8, 2, 256, true),
        new("number_of_trees", 200, 1, 5000, true),
        new("learning_rate", 0.05, 0.001, 1, false),
        new("minimum_example_count_per_leaf", 10, 1, 1000, true),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.Regression.Trainers.FastTree(
            WithTreeSettings(new FastTreeRegressionTrainer.Options { LearningRate = Value(values, "learning_rate") }, values));
}
