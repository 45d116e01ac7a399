using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace CiCd.Train.Trainers;

/// <summary>Stochastic dual coordinate ascent on the multinomial log-loss.</summary>
public sealed class SdcaMaximumEntropy : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "sdca_maximum_entropy";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Multiclass;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("l2_regularization", 0.001, 0, 1000, false),
        new("maximum_number_of_iterations", 50, 1, 10000, true),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            L2Regularization = (float)Value(values, "l2_regularization"),
            MaximumNumberOfIterations = IntValue(values, "maximum_number_of_iterations"),
            NumberOfThreads = 1,
            Shuffle = false,
        });
}
