using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace CiCd.Train.Trainers;

/// <summary>
/// L-BFGS logistic regression: binomial for two classes (the linear baseline, strong on one-hot credit data),
/// multinomial (maximum entropy) for three or more.
/// </summary>
public sealed class LogisticRegression(TaskKind task) : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => task == TaskKind.Binary ? "logistic_regression" : "maximum_entropy";

    /// <inheritdoc />
    public override TaskKind Task => task;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("l2_regularization", 1, 0, 1000, false),
        new("l1_regularization", 1, 0, 1000, false),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) => task == TaskKind.Binary
        ? ml.BinaryClassification.Trainers.LbfgsLogisticRegression(Configure(new LbfgsLogisticRegressionBinaryTrainer.Options(), values))
        : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(Configure(new LbfgsMaximumEntropyMulticlassTrainer.Options(), values));

    // The one place the settings map onto L-BFGS options; the two tasks differ only in the options type.
    private TOptions Configure<TOptions, TTransformer, TModel>(
        LbfgsTrainerBase<TOptions, TTransformer, TModel>.OptionsBase options, IReadOnlyDictionary<string, double> values)
        where TOptions : LbfgsTrainerBase<TOptions, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.LabelColumnName = ColumnNames.Label;
        options.FeatureColumnName = ColumnNames.Features;
        options.L2Regularization = (float)Value(values, "l2_regularization");
        options.L1Regularization = (float)Value(values, "l1_regularization");
        options.NumberOfThreads = 1;
        return (TOptions)options;
    }
}
