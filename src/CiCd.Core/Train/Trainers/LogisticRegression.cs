using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace CiCd.Train.Trainers;

/// <summary>L-BFGS logistic regression: the linear baseline, strong on one-hot credit data.</summary>
public sealed class LogisticRegression : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "logistic_regression";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Binary;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("l2_regularization", 1, 0, 1000, false),
        new("l1_regularization", 1, 0, 1000, false),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            L2Regularization = (float)Value(values, "l2_regularization"),
            L1Regularization = (float)Value(values, "l1_regularization"),
            NumberOfThreads = 1,
        });
}
