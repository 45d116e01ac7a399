using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.Scoring;
using CiCd.Train;
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

    /// <summary>ML.NET's probabilities for <paramref name="rows"/>, through Transform over a data view, as training scores.</summary>
    public double[][] Reference(List<FeatureRow> rows)
    {
        var transformer = new MLContext().Model.Load(Path.Combine(model.Folder, TrainingFiles.Model), out _);
        var features = Served.Schema.Features;
        var columns = features.Select((feature, f) => new DatasetColumn(
            new ColumnSpec(feature.Name, feature.Kind, feature.Categories, [], null, 1, Severity.Error),
            feature.Kind == ColumnKind.Numeric ? [.. rows.Select(r => r.Numbers[f])] : null,
            feature.Kind == ColumnKind.Numeric ? null : [.. rows.Select(r => r.Texts[f])])).ToList();
        return ModelScorer.Probabilities(transformer, new TableDataView(columns, rows.Count, null, model.Card.Classes.Count), model.Card.Task);
    }
}
