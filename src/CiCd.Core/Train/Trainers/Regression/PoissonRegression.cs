using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace CiCd.Train.Trainers.Regression;

/// <summary>L-BFGS Poisson regression (log link) for counts and other non-negative targets.</summary>
public sealed class PoissonRegression : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "poisson";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Regression;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("l2_regularization", 1, 0, 1000, false),
        new("l1_regularization", 1, 0, 1000, false),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.Regression.Trainers.LbfgsPoissonRegression(new LbfgsPoissonRegressionTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            L2Regularization = (float)Value(values, "l2_regularization"),
            L1Regularization = (float)Value(values, "l1_regularization"),
            NumberOfThreads = 1,
        });
}
