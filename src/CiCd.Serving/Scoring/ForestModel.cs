using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace CiCd.Serving.Scoring;

/// <summary>
/// A model that ends in a tree ensemble, taken apart so the trees can run compiled: the featurizer (every transformer
/// before the trees, run by ML.NET), the ensemble, and how its sum becomes the output — a Platt-calibrated probability
/// (binary FastForest, FastTree), the sum (FastTree and LightGBM regression) or the mean of the trees (FastForest
/// regression). Any other shape — another trainer, weighted trees, a bias, steps after the predictor — is not
/// recognized, and the model is scored by ML.NET's row mapper instead.
/// </summary>
internal sealed class ForestModel
{
    private readonly ForestOutput _output;
    private readonly double _slope;
    private readonly double _offset;
    private readonly int _trees;

    private ForestModel(ITransformer featurizer, string featureColumn, ForestKernel kernel, ForestOutput output, PlattCalibrator? calibrator, int trees)
    {
        Featurizer = featurizer;
        FeatureColumn = featureColumn;
        Kernel = kernel;
        _output = output;
        _slope = calibrator?.Slope ?? 0;
        _offset = calibrator?.Offset ?? 0;
        _trees = trees;
    }

    /// <summary>Everything before the trees: maps the input row to the feature vector.</summary>
    public ITransformer Featurizer { get; }

    /// <summary>The feature vector's column in the featurizer's output.</summary>
    public string FeatureColumn { get; }

    /// <summary>The compiled trees.</summary>
    public ForestKernel Kernel { get; }

    /// <summary>Outputs per row: the two class probabilities of a binary model, or one regression value.</summary>
    public int Outputs => _output == ForestOutput.PlattProbability ? 2 : 1;

    /// <summary>The parts of <paramref name="model"/>, or null when it is not a tree ensemble of <paramref name="task"/> this class reproduces.</summary>
    public static ForestModel? TryCreate(ITransformer model, DataViewSchema inputSchema, TaskKind task)
    {
        var steps = Flatten(model).ToList();
        var (trees, output, calibrator, predictorAt) = task switch
        {
            TaskKind.Binary => Binary(steps),
            TaskKind.Regression => Regression(steps),
            _ => (null, ForestOutput.Sum, null, -1),
        };
        if (trees is null || steps[predictorAt] is not ISingleFeaturePredictionTransformer<object> predictor)
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
        return kernel is null ? null : new ForestModel(featurizer, predictor.FeatureColumnName, kernel, output, calibrator, trees.Count);
    }

    /// <summary>Writes the model's outputs for an ensemble sum into <paramref name="into"/>, with ML.NET's rounding.</summary>
    public void Write(double sum, Span<double> into)
    {
        switch (_output)
        {
            case ForestOutput.PlattProbability:
                var positive = Probability(sum);
                // The same arithmetic as ModelScorer, so HTTP answers equal in-process ones bit for bit.
                into[0] = 1 - (double)positive;
                into[1] = positive;
                break;
            case ForestOutput.Mean:
                // ML.NET rounds the sum to float, then divides in float.
                into[0] = (float)sum / _trees;
                break;
            default:
                into[0] = (float)sum;
                break;
        }
    }

    /// <summary>The calibrated probability of the positive class for an ensemble output, with ML.NET's rounding.</summary>
    public float Probability(double sum)
    {
        var score = (float)sum;
        return float.IsNaN(score) ? score : (float)(1.0 / (1.0 + Math.Exp(_slope * score + _offset)));
    }

    // Either trees then a separate Platt step (FastForest), or trees calibrated inside one predictor (FastTree).
    private static (IReadOnlyList<RegressionTreeBase>?, ForestOutput, PlattCalibrator?, int) Binary(List<ITransformer> steps) => steps switch
    {
        [.., ISingleFeaturePredictionTransformer<object> { Model: FastForestBinaryModelParameters forest }, ISingleFeaturePredictionTransformer<object> { Model: PlattCalibrator platt }] =>
            (Plain(forest.TrainedTreeEnsemble), ForestOutput.PlattProbability, platt, steps.Count - 2),
        [.., ISingleFeaturePredictionTransformer<object> { Model: CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated }] =>
            (Plain(calibrated.SubModel.TrainedTreeEnsemble), ForestOutput.PlattProbability, calibrated.Calibrator, steps.Count - 1),
        _ => (null, ForestOutput.PlattProbability, null, -1),
    };

    // The regressor is the last step; the score is the raw ensemble output (the target transform is inverted later).
    private static (IReadOnlyList<RegressionTreeBase>?, ForestOutput, PlattCalibrator?, int) Regression(List<ITransformer> steps) => steps switch
    {
        [.., ISingleFeaturePredictionTransformer<object> { Model: FastForestRegressionModelParameters forest }] =>
            (Plain(forest.TrainedTreeEnsemble), ForestOutput.Mean, null, steps.Count - 1),
        [.., ISingleFeaturePredictionTransformer<object> { Model: FastTreeRegressionModelParameters boosted }] =>
            (Plain(boosted.TrainedTreeEnsemble), ForestOutput.Sum, null, steps.Count - 1),
        [.., ISingleFeaturePredictionTransformer<object> { Model: LightGbmRegressionModelParameters gbm }] =>
            (Plain(gbm.TrainedTreeEnsemble), ForestOutput.Sum, null, steps.Count - 1),
        _ => (null, ForestOutput.Sum, null, -1),
    };

    // ML.NET's ensemble output ignores tree weights and the bias; accept only ensembles where that changes nothing.
    private static IReadOnlyList<RegressionTreeBase>? Plain<T>(TreeEnsemble<T> ensemble)
        where T : RegressionTreeBase =>
        ensemble.Bias == 0 && ensemble.TreeWeights.All(w => w == 1) ? ensemble.Trees : null;

    private static IEnumerable<ITransformer> Flatten(ITransformer transformer) =>
        transformer is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [transformer];
}
