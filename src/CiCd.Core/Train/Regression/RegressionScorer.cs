using CiCd.Configuration;
using CiCd.Train.Trainers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Train.Regression;

/// <summary>Runs a fitted regression model and maps its <c>Score</c> back through the target transform.</summary>
public static class RegressionScorer
{
    /// <summary>One prediction per row, in the target's own scale.</summary>
    public static double[] Predict(ITransformer model, IDataView data, TargetTransform transform) =>
        model.Transform(data).GetColumn<float>(ColumnNames.Score)
            .Select(score => TargetScale.Inverse(transform, score))
            .ToArray();
}
