using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Serving.Scoring;

/// <summary>
/// A binary model that ends in a Platt-calibrated tree ensemble, taken apart so the trees can run compiled: the
/// featurizer (every transformer before the trees, run by ML.NET), the ensemble, and the calibrator's two numbers.
/// Any other shape — another trainer, weighted trees, a bias, steps after the calibrator — is not recognized, and
/// the model is scored by ML.NET's row mapper instead.
/// </summary>
internal sealed class ForestModel
{
    private readonly double _slope;
    private readonly double _offset;

    private ForestModel(ITransformer featurizer, string featureColumn, ForestKernel kernel, PlattCalibrator calibrator)
    {
        Featurizer = featurizer;
        FeatureColumn = featureColumn;
        Kernel = kernel;
        _slope = calibrator.Slope;
        _offset = calibrator.Offset;
    }

    /// <summary>Everything before the trees: maps the input row to the feature vector.</summary>
    public ITransformer Featurizer { get; }

    /// <summary>The feature vector's column in the featurizer's output.</summary>
    public string FeatureColumn { get; }

    /// <summary>The compiled trees.</summary>
    public ForestKernel Kernel { get; }

    /// <summary>The parts of <paramref name="model"/>, or null when it is not a calibrated tree ensemble this class reproduces.</summary>
    public static ForestModel? TryCreate(ITransformer model, DataViewSchema inputSchema)
    {
        var steps = Flatten(model).ToList();
        // Either trees then a separate Platt step (FastForest), or trees calibrated inside one predictor (FastTree).
        var (trees, calibrator, predictorAt) = steps switch
        {
            [.., ISingleFeaturePredictionTransformer<object> { Model: FastForestBinaryModelParameters forest }, ISingleFeaturePredictionTransformer<object> { Model: PlattCalibrator platt }] =>
                (Plain(forest.TrainedTreeEnsemble), platt, steps.Count - 2),
            [.., ISingleFeaturePredictionTransformer<object> { Model: CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated }] =>
                (Plain(calibrated.SubModel.TrainedTreeEnsemble), calibrated.Calibrator, steps.Count - 1),
            _ => (null, null, -1),
        };
        if (trees is null || calibrator is null || steps[predictorAt] is not ISingleFeaturePredictionTransformer<object> predictor)
        {
            return null;
        }
        var featurizerSteps = steps.Take(predictorAt).ToArray();
        var featurizer = new TransformerChain<ITransformer>(featurizerSteps);
        var features = featurizer.GetOutputSchema(inputSchema).GetColumnOrNull(predictor.FeatureColumnName);
        if (features?.Type is not VectorDataViewType { ItemType: NumberDataViewType, Size: > 0 } vector || vector.ItemType != NumberDataViewType.Single)
        {
            return null;
        }
        var kernel = ForestKernel.TryCompile(trees, vector.Size);
        return kernel is null ? null : new ForestModel(featurizer, predictor.FeatureColumnName, kernel, calibrator);
    }

    /// <summary>The calibrated probability of the positive class for an ensemble output, with ML.NET's rounding.</summary>
    public float Probability(double sum)
    {
        var score = (float)sum;
        return float.IsNaN(score) ? score : (float)(1.0 / (1.0 + Math.Exp(_slope * score + _offset)));
    }

    // ML.NET's ensemble output ignores tree weights and the bias; accept only ensembles where that changes nothing.
    private static IReadOnlyList<RegressionTreeBase>? Plain<T>(TreeEnsemble<T> ensemble)
        where T : RegressionTreeBase =>
        ensemble.Bias == 0 && ensemble.TreeWeights.All(w => w == 1) ? ensemble.Trees : null;

    private static IEnumerable<ITransformer> Flatten(ITransformer transformer) =>
        transformer is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [transformer];
}
