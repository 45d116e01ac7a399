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
    public override IReadOnlyList<HyperParameter> Parameters => FastForestSpace.Parameters;

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.Regression.Trainers.FastForest(WithTreeSettings(new FastForestRegressionTrainer.Options
        {
            FeatureFraction = Value(values, "feature_fraction"),
            // Sampling features at every split (not once per tree) is what makes a forest a random forest.
            FeatureFractionPerSplit = Value(values, "feature_fraction_per_split"),
        }, values));
}
