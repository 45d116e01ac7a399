using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.Scoring;
using CiCd.Train;
using CiCd.Train.Regression;
using Microsoft.Extensions.Options;
using Microsoft.ML;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>A trained model loaded twice: as the service serves it, and as plain ML.NET scores a data view (the reference).</summary>
public sealed class InProcessModel(TrainedModel model)
{
    public ServedModel Served { get; } = new ModelLoader(Options.Create(new ServingOptions { Model = model.Folder, UnseenCategories = UnseenCategoryPolicy.Accept }))
        .Load(new FileModelSource(model.Folder).Locate(), null);

    public TrainedModel Model => model;

    /// <summary>The rows of a CSV body, read as the batch endpoint reads them.</summary>
    public List<FeatureRow> Rows(string csv) => BatchReader.Read(BodyFormat.Csv, Encoding.UTF8.GetBytes(csv), Served.Schema, int.MaxValue);

    /// <summary>The service's probabilities for <paramref name="rows"/>, scored as one batch.</summary>
    public double[][] Batch(List<FeatureRow> rows)
    {
        var predictions = new Prediction[rows.Count];
        Served.Predict(rows, 0, rows.Count, predictions);
        return [.. predictions.Select(p => p.Probabilities)];
    }

    /// <summary>A regression model's served values for <paramref name="rows"/>, scored as one batch.</summary>
    public double[] Values(List<FeatureRow> rows)
    {
        var predictions = new Prediction[rows.Count];
        Served.Predict(rows, 0, rows.Count, predictions);
        return [.. predictions.Select(p => p.Score)];
    }

    /// <summary>A regression model's values for <paramref name="rows"/> as evaluation computes them (Transform, then the inverse target transform).</summary>
    public double[] ReferenceValues(List<FeatureRow> rows) =>
        RegressionScorer.Predict(Load(), View(rows), model.Card.TargetTransform);

    /// <summary>ML.NET's probabilities for <paramref name="rows"/>, through Transform over a data view, as training scores.</summary>
    public double[][] Reference(List<FeatureRow> rows) => ModelScorer.Probabilities(Load(), View(rows), model.Card.Task);

    private ITransformer Load() => new MLContext().Model.Load(Path.Combine(model.Folder, TrainingFiles.Model), out _);

    private TableDataView View(List<FeatureRow> rows)
    {
        var features = Served.Schema.Features;
        var columns = features.Select((feature, f) => new DatasetColumn(
            new ColumnSpec(feature.Name, feature.Kind, feature.Categories, [], null, 1, Severity.Error),
            feature.Kind == ColumnKind.Numeric ? [.. rows.Select(r => r.Numbers[f])] : null,
            feature.Kind == ColumnKind.Numeric ? null : [.. rows.Select(r => r.Texts[f])])).ToList();
        return new TableDataView(columns, rows.Count, null, model.Card.Classes.Count);
    }
}
