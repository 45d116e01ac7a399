using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Performance;
using CiCd.Monitoring.Predictions;
using CiCd.Monitoring.Windows;

namespace CiCd.Monitoring.Analysis;

/// <summary>
/// The drift check behind <c>mlops drift</c>: feature drift over all current rows, then the same per
/// time window, prediction drift against the training predictions, and performance on delayed labels.
/// </summary>
public sealed class DriftAnalysis(DriftInputs inputs)
{
    private readonly DriftDetector _detector = new(inputs.Policy);
    private readonly IReadOnlyList<SchemaColumn> _schema = [.. inputs.Reference.Columns.Select(c => new SchemaColumn(c.Name, c.Kind))];

    /// <summary>Runs the check; bad input is an <see cref="InputException"/>.</summary>
    public DriftReport Run()
    {
        var current = inputs.Current;
        var all = Enumerable.Range(0, current.RowCount).ToArray();
        var columns = current.Columns(_schema, all);
        CurrentDataChecks.Check(inputs.Reference, inputs.Policy, current.Source, current.RowCount, columns);
        var notes = new List<string>();
        var features = Features(columns, current.ColumnNames);
        var predictions = Predictions(all, notes);
        var labelled = Labelled(notes);
        var evaluator = inputs.Performance is null ? null : new PerformanceEvaluator(inputs.Performance);
        var performance = evaluator?.Evaluate([.. all.Where(labelled.ContainsKey).Select(r => labelled[r])]);
        var windows = inputs.Window is { } size ? Windows(size, labelled, evaluator) : [];
        var changes = AbruptChanges.Find(windows, inputs.Policy);
        var times = all.Select(current.TimeOf).OfType<DateTimeOffset>().ToList();
        return new DriftReport
        {
            GeneratedUtc = DateTimeOffset.UtcNow,
            Reference = inputs.ReferenceSource,
            ReferenceRows = inputs.Reference.RowCount,
            Current = current.Source,
            CurrentRows = current.RowCount,
            From = times.Count == 0 ? null : times.Min(),
            To = times.Count == 0 ? null : times.Max(),
            Features = features,
            Predictions = predictions,
            Performance = performance,
            Window = inputs.Window is { } w ? Describe(w) : null,
            Windows = windows,
            Changes = changes,
            Notes = notes,
            OnRed = inputs.OnRed,
            Alert = OverallAlert.For(features, predictions, performance, windows, changes),
        };
    }

    private DatasetDrift Features(IReadOnlyList<DataColumn> columns, IReadOnlyList<string> names)
    {
        var drift = _detector.Detect(inputs.Reference, columns);
        var known = inputs.Reference.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return drift with { ExtraColumns = [.. names.Where(n => !known.Contains(n) && !NotFeatures(n))] };
    }

    // Columns a scored or labelled current file carries besides the features are expected, not "extra".
    private bool NotFeatures(string name) =>
        inputs.Prediction?.Classes.Any(c => PredictionColumns.ProbabilityOf(c) == name) == true
        || (inputs.Prediction?.IsRegression == true && (PredictionColumns.ValueColumns.Contains(name) || name == "residual"))
        || name is LabelSet.RowKey or LabelSet.RequestIdKey or "line" or "actual" or "label";

    private DatasetDrift? Predictions(IReadOnlyList<int> rows, List<string> notes)
    {
        if (inputs.ReferencePredictions is null)
        {
            notes.Add("Prediction drift skipped: no training predictions (evaluation/test-predictions.csv and the model card) next to the reference.");
            return null;
        }
        var answers = rows.Select(inputs.Current.PredictionOf).ToList();
        if (answers.All(a => a is null))
        {
            notes.Add("Prediction drift skipped: the current data carries no predictions (use --log, or a CSV with p_<class> columns, or for a regression a predicted or prediction column).");
            return null;
        }
        return _detector.Detect(inputs.ReferencePredictions, PredictionColumns.From(answers, inputs.Prediction!));
    }

    private Dictionary<int, (double Label, double[] Outputs)> Labelled(List<string> notes)
    {
        var result = new Dictionary<int, (double, double[])>();
        if (inputs.Labels is not { } labels)
        {
            return result;
        }
        var current = inputs.Current;
        var matched = 0;
        for (var row = 0; row < current.RowCount; row++)
        {
            if (labels.Labels.TryGetValue(current.KeyOf(row), out var label))
            {
                matched++;
                if (current.PredictionOf(row)?.Outputs is { } outputs)
                {
                    result[row] = (label, outputs);
                }
            }
        }
        if (matched == 0)
        {
            throw new InputException(labels.Source, null, null,
                $"none of the {Counted.Of(labels.Labels.Count, "label")} matches a row of {current.Source} by {labels.KeyColumn}");
        }
        if (result.Count == 0)
        {
            throw new InputException(labels.Source, null, null,
                inputs.Prediction?.IsRegression == true
                    ? $"{Counted.Of(matched, "label")} matched, but no matched row carries the model's predicted value; performance needs it (the prediction log's label column, or a predicted column)"
                    : $"{Counted.Of(matched, "label")} matched, but no matched row carries the model's probabilities; performance needs them (prediction log output_json, or p_<class> columns)");
        }
        if (matched < labels.Labels.Count)
        {
            notes.Add($"{labels.Labels.Count - matched} of {Counted.Of(labels.Labels.Count, "label")} matched no current row (outside the window, or unknown keys).");
        }
        return result;
    }

    private List<WindowDrift> Windows(TimeSpan size, Dictionary<int, (double Label, double[] Outputs)> labelled, PerformanceEvaluator? evaluator)
    {
        if (inputs.Current.RowCount > 0 && inputs.Current.TimeOf(0) is null)
        {
            throw new InputException(inputs.Current.Source, null, null, "--window needs time-stamped rows: use --log with the prediction log");
        }
        return [.. WindowPlan.Split(inputs.Current, size, inputs.Since).Select(window => window.Rows.Count == 0
            ? new WindowDrift { Start = window.Start, End = window.End, Rows = 0, Level = AlertLevel.Amber }
            : Window(window, labelled, evaluator))];
    }

    private WindowDrift Window(TimeWindow window, Dictionary<int, (double Label, double[] Outputs)> labelled, PerformanceEvaluator? evaluator)
    {
        var features = _detector.Detect(inputs.Reference, inputs.Current.Columns(_schema, window.Rows));
        var predictions = inputs.ReferencePredictions is null
            ? null
            : _detector.Detect(inputs.ReferencePredictions, PredictionColumns.From([.. window.Rows.Select(inputs.Current.PredictionOf)], inputs.Prediction!));
        var performance = evaluator?.Evaluate([.. window.Rows.Where(labelled.ContainsKey).Select(r => labelled[r])]);
        return new WindowDrift
        {
            Start = window.Start,
            End = window.End,
            Rows = window.Rows.Count,
            Features = features,
            Predictions = predictions,
            Performance = performance,
            Level = performance is { Scored: true, Passed: false } ? AlertLevel.Red : features.Alert.Level,
        };
    }

    private static string Describe(TimeSpan size) =>
        size.TotalDays >= 7 && size.TotalDays % 7 == 0 ? $"{size.TotalDays / 7}w"
        : size.TotalHours >= 24 && size.TotalHours % 24 == 0 ? $"{size.TotalDays}d"
        : string.Create(CultureInfo.InvariantCulture, $"{size.TotalHours}h");
}
