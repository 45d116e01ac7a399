using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace CiCd.Train.Trainers;

/// <summary>LightGBM gradient boosting: a logistic objective for two classes, softmax for three or more.</summary>
public sealed class LightGbm(TaskKind task) : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "light_gbm";

    /// <inheritdoc />
    public override TaskKind Task => task;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("number_of_leaves", 8, 2, 256, true),
        new("number_of_iterations", 100, 1, 5000, true),
        new("learning_rate", 0.05, 0.001, 1, false),
        new("minimum_example_count_per_leaf", 10, 1, 1000, true),
        new("l2_regularization", 0, 0, 1000, false),
    ];

    /// <summary>
    /// LightGBM's threads: by default every core this process may use (a process limited with <c>taskset</c> to one
    /// core, as a shard is, gets one). ML.NET trains one LightGBM model per process at a time (a lock around the
    /// native calls), so folds run in parallel would leave every core but one idle with a single thread on large
    /// tables; a fold of a small table fits on one (<see cref="LightGbmThreads"/>).
    /// </summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <inheritdoc />
    public override int FitThreads => Threads;

    /// <inheritdoc />
    public override TrainerDefinition ForFold(long cells) => new LightGbm(task) { Threads = LightGbmThreads.For(cells, Threads) };

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values)
    {
        // Before the native library loads: its Threads threads would otherwise spin between regions (OpenMpWaitPolicy).
        OpenMpWaitPolicy.EnsurePassive();
        return task == TaskKind.Binary
            ? ml.BinaryClassification.Trainers.LightGbm(Configure(new LightGbmBinaryTrainer.Options(), values))
            : ml.MulticlassClassification.Trainers.LightGbm(Configure(new LightGbmMulticlassTrainer.Options { UseSoftmax = true }, values));
    }

    // The one place the settings map onto LightGBM's options; the two tasks differ only in the options type.
    private TOptions Configure<TOptions, TOutput, TTransformer, TModel>(
        LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase options, IReadOnlyDictionary<string, double> values)
        where TOptions : LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.LabelColumnName = ColumnNames.Label;
        options.FeatureColumnName = ColumnNames.Features;
        options.NumberOfLeaves = IntValue(values, "number_of_leaves");
        options.NumberOfIterations = IntValue(values, "number_of_iterations");
        options.LearningRate = Value(values, "learning_rate");
        options.MinimumExampleCountPerLeaf = IntValue(values, "minimum_example_count_per_leaf");
        options.NumberOfThreads = Threads;
        // Column-wise histograms (each feature's bins summed by one thread, in row order) and deterministic sums (a
        // leaf's gradient totals not reduced across threads): the thread count changes the speed, not a bit of the
        // model, so a shard on one core and a run on every core train the same trees.
        options.ForceColumnWise = true;
        options.Deterministic = true;
        options.Seed = 1;
        options.Silent = true;
        options.Booster = new GradientBooster.Options { L2Regularization = Value(values, "l2_regularization") };
        return (TOptions)options;
    }
}
