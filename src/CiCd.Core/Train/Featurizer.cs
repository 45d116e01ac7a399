using CiCd.Configuration;
using CiCd.Train.Trainers;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace CiCd.Train;

/// <summary>
/// The featurization every candidate shares, built from the column kinds: numbers get missing values
/// replaced by the training mean; ordinals map to their rank (unknown → mean rank); categories are one-hot
/// encoded (unknown → all zeros); everything is concatenated and standardized. Pure: no I/O.
/// </summary>
public static class Featurizer
{
    /// <summary>The estimator mapping the declared columns to the <c>Features</c> vector.</summary>
    public static IEstimator<ITransformer> Create(MLContext ml, IEnumerable<ColumnSpec> features)
    {
        var columns = features.ToList();
        var numeric = columns.Where(c => c.Kind == ColumnKind.Numeric).Select(c => c.Name).ToArray();
        var ordinal = columns.Where(c => c.Kind == ColumnKind.Ordinal).ToList();
        var categorical = columns.Where(c => c.Kind == ColumnKind.Categorical).Select(c => c.Name).ToArray();
        IEstimator<ITransformer> pipeline = new EstimatorChain<ITransformer>();
        foreach (var column in ordinal)
        {
            var ranks = column.Order.Select((category, rank) => new KeyValuePair<string, float>(category, rank));
            pipeline = pipeline.Append(ml.Transforms.Conversion.MapValue(Rank(column.Name), ranks, column.Name));
        }
        var imputed = numeric.Concat(ordinal.Select(c => Rank(c.Name))).ToArray();
        if (imputed.Length > 0)
        {
            pipeline = pipeline.Append(ml.Transforms.ReplaceMissingValues(
                imputed.Select(name => new InputOutputColumnPair(Imputed(name), name)).ToArray(),
                MissingValueReplacingEstimator.ReplacementMode.Mean));
        }
        if (categorical.Length > 0)
        {
            pipeline = pipeline.Append(ml.Transforms.Categorical.OneHotEncoding(
                categorical.Select(name => new InputOutputColumnPair(OneHot(name), name)).ToArray()));
        }
        var parts = imputed.Select(Imputed).Concat(categorical.Select(OneHot)).ToArray();
        return pipeline
            .Append(ml.Transforms.Concatenate(ColumnNames.Features, parts))
            .Append(ml.Transforms.NormalizeMeanVariance(ColumnNames.Features));
    }

    private static string Rank(string name) => $"{name}__rank";

    private static string Imputed(string name) => $"{name}__imputed";

    private static string OneHot(string name) => $"{name}__onehot";
}
