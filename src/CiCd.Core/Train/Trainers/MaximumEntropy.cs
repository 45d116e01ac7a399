using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace CiCd.Train.Trainers;

/// <summary>L-BFGS multinomial logistic regression (maximum entropy).</summary>
public sealed class MaximumEntropy : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "maximum_entropy";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Multiclass;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("l2_regularization", 1, 0, 1000, false),
        new("l1_regularization", 1, 0, 1000, false),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            L2Regularization = (float)Value(values, "l2_regularization"),
            L1Regularization = (float)Value(values, "l1_regularization"),
            NumberOfThreads = 1,
        });
}
