using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Train.Trainers;

/// <summary>
/// FastForest random forest; its raw votes are Platt-calibrated out of fold, so log-loss and costs are meaningful.
/// </summary>
public sealed class FastForest : TreeTrainer
{
    // Five folds: each calibration score comes from a forest that saw 80% of the rows, close to the final one.
    private const int CalibrationFolds = 5;

    /// <inheritdoc />
    public override string Name => "fast_forest";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Binary;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters => FastForestSpace.Parameters;

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        new OutOfFoldCalibration(ml, ml.BinaryClassification.Trainers.FastForest(WithTreeSettings(new FastForestBinaryTrainer.Options
        {
            FeatureFraction = Value(values, "feature_fraction"),
            // Sampling features at every split (not once per tree) is what makes a forest a random forest.
            FeatureFractionPerSplit = Value(values, "feature_fraction_per_split"),
        }, values)), CalibrationFolds);
}
