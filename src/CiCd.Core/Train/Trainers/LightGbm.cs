using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace CiCd.Train.Trainers;

/// <summary>LightGBM gradient boosting for two classes.</summary>
public sealed class LightGbm : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "light_gbm";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Binary;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters => LightGbmParameters.All;

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values)
    {
        var p = LightGbmParameters.Read(values);
        return ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            NumberOfLeaves = p.Leaves,
            NumberOfIterations = p.Iterations,
            LearningRate = p.LearningRate,
            MinimumExampleCountPerLeaf = p.MinPerLeaf,
            NumberOfThreads = 1,
            Seed = 1,
            Silent = true,
            Booster = new GradientBooster.Options { L2Regularization = p.L2 },
        });
    }
}
