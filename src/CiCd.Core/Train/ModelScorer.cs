using CiCd.Configuration;
using CiCd.Train.Trainers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Train;

/// <summary>Runs a fitted model over a data view and returns class probabilities, one row per example.</summary>
public static class ModelScorer
{
    /// <summary>The model's outputs on a dataset: class probabilities, or for regression the one predicted value per row.</summary>
    public static double[][] Probabilities(ITransformer model, Data.Dataset data) => Probabilities(model, data, null);

    /// <summary>The model's outputs on the dataset's <paramref name="rows"/> (all when null), read in place (a fold's rows are not copied).</summary>
    public static double[][] Probabilities(ITransformer model, Data.Dataset data, int[]? rows) => data.Targets is null
        ? Probabilities(model, TableDataView.Of(data, rows), data.Config.Task)
        : Regression.RegressionScorer.Predict(model, TableDataView.Of(data, rows), data.TargetTransform).Select(value => new[] { value }).ToArray();

    /// <summary>Probabilities over the declared classes (binary: [negative, positive]).</summary>
    public static double[][] Probabilities(ITransformer model, IDataView data, TaskKind task)
    {
        var scored = model.Transform(data);
        if (task == TaskKind.Binary)
        {
            return scored.GetColumn<float>(ColumnNames.Probability)
                .Select(p => new[] { 1 - (double)p, p })
                .ToArray();
        }
        return scored.GetColumn<VBuffer<float>>(ColumnNames.Score)
            .Select(buffer => buffer.DenseValues().Select(v => (double)v).ToArray())
            .ToArray();
    }
}
