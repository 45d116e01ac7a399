using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace CiCd.Train.Trainers.Regression;

/// <summary>Linear least squares by stochastic dual coordinate ascent, with L2 (ridge) and optional L1 regularization.</summary>
public sealed class SdcaRegression : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "sdca";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Regression;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("l2_regularization", 0.01, 0, 1000, false),
        new("l1_regularization", 0, 0, 1000, false),
        new("maximum_number_of_iterations", 100, 1, 10000, true),
        // ML.NET's own default; tighter gets closer to the least-squares optimum at the cost of more passes.
        new("convergence_tolerance", 0.01, 0.000001, 1, false),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            L2Regularization = (float)Value(values, "l2_regularization"),
            L1Regularization = (float)Value(values, "l1_regularization"),
            MaximumNumberOfIterations = IntValue(values, "maximum_number_of_iterations"),
            ConvergenceTolerance = (float)Value(values, "convergence_tolerance"),
            NumberOfThreads = 1,
            Shuffle = false,
        });
}
