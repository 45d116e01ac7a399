using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace CiCd.Train.Trainers.Regression;

/// <summary>Linear regression by online (stochastic) gradient descent on the squared error, averaged over iterations.</summary>
public sealed class OnlineGradientDescentRegression : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "online_gradient_descent";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Regression;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("learning_rate", 0.1, 0.0001, 10, false),
        new("number_of_iterations", 10, 1, 1000, true),
        new("l2_regularization", 0, 0, 1000, false),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.Regression.Trainers.OnlineGradientDescent(new OnlineGradientDescentTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            LearningRate = (float)Value(values, "learning_rate"),
            NumberOfIterations = IntValue(values, "number_of_iterations"),
            L2Regularization = (float)Value(values, "l2_regularization"),
            // Without a fixed order the passes would depend on the context's random state, and a seed would not fix the model.
            Shuffle = false,
        });
}
