using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Train.Trainers.Regression;

/// <summary>FastForest random forest regression: the mean of trees grown on bootstrap-like samples.</summary>
public sealed class FastForestRegression : TreeTrainer
{
    /// <inheritdoc />
    public override string Name => "fast_forest";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Regression;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("number_of_leaves", 32, 2, 1024, true),
        new("number_of_trees", 200, 1, 2000, true),
        new("minimum_example_count_per_leaf", 5, 1, 1000, true),
        new("feature_fraction", 1, 0.05, 1, false),
        new("feature_fraction_per_split", 0.5, 0.05, 1, false),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.Regression.Trainers.FastForest(WithTreeSettings(new FastForestRegressionTrainer.Options
        {
            FeatureFraction = Value(values, "feature_fraction"),
            // Sampling features at every split (not once per tree) is what makes a forest a random forest.
            FeatureFractionPerSplit = Value(values, "feature_fraction_per_split"),
        }, values));
}
