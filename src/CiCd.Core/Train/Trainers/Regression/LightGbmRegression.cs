using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace CiCd.Train.Trainers.Regression;

/// <summary>LightGBM gradient-boosted regression trees on the squared error.</summary>
public sealed class LightGbmRegression : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "light_gbm";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Regression;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("number_of_leaves", 8, 2, 256, true),
        new("number_of_iterations", 200, 1, 5000, true),
        new("learning_rate", 0.05, 0.001, 1, false),
        new("minimum_example_count_per_leaf", 10, 1, 1000, true),
        new("l2_regularization", 0, 0, 1000, false),
        new("l1_regularization", 0, 0, 1000, false),
        // Bagging and feature sampling as LightGBM names them (its defaults: off): on a few hundred rows they average
        // out the noise a boosted tree fits, the way a forest does.
        new("subsample_fraction", 1, 0.05, 1, false),
        new("subsample_frequency", 0, 0, 100, true),
        new("feature_fraction", 1, 0.05, 1, false),
    ];

    /// <summary>
    /// LightGBM's threads: every core this process may use, as for classification (<see cref="LightGbm.Threads"/>). ML.NET
    /// trains one LightGBM model per process at a time, so with one thread the folds and the refit used a single core;
    /// a fold of a small table fits on one all the same (<see cref="LightGbmThreads"/>).
    /// </summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <inheritdoc />
    public override int FitThreads => Threads;

    /// <inheritdoc />
    public override TrainerDefinition ForFold(long cells) => new LightGbmRegression { Threads = LightGbmThreads.For(cells, Threads) };

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values)
    {
        // Before the native library loads, as for classification: now on every core, its threads would spin (OpenMpWaitPolicy).
        OpenMpWaitPolicy.EnsurePassive();
        return ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            NumberOfLeaves = IntValue(values, "number_of_leaves"),
            NumberOfIterations = IntValue(values, "number_of_iterations"),
            LearningRate = Value(values, "learning_rate"),
            MinimumExampleCountPerLeaf = IntValue(values, "minimum_example_count_per_leaf"),
            NumberOfThreads = Threads,
            // As for classification: column-wise histograms and deterministic sums, so the thread count changes the speed,
            // not a bit of the model (LightGbmRegressionTests checks it against one thread without these settings).
            ForceColumnWise = true,
            Deterministic = true,
            Seed = 1,
            Silent = true,
            Booster = new GradientBooster.Options
            {
                L2Regularization = Value(values, "l2_regularization"),
                L1Regularization = Value(values, "l1_regularization"),
                SubsampleFraction = Value(values, "subsample_fraction"),
                SubsampleFrequency = IntValue(values, "subsample_frequency"),
                FeatureFraction = Value(values, "feature_fraction"),
            },
        });
    }
}
