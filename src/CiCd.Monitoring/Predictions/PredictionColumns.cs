using CiCd.Monitoring.Data;

namespace CiCd.Monitoring.Predictions;

/// <summary>
/// Prediction drift compares derived columns like any features: a classifier's predicted class and score,
/// a regression's predicted value.
/// </summary>
public static class PredictionColumns
{
    /// <summary>The predicted class.</summary>
    public const string PredictedClass = "predicted_class";

    /// <summary>The score (positive-class or top probability).</summary>
    public const string Score = "score";

    /// <summary>A regression's predicted number.</summary>
    public const string PredictedValue = "predicted_value";

    /// <summary>The regression column of a scored CSV (as in test-predictions.csv: line, actual, predicted, residual).</summary>
    public const string ScoredValue = "predicted";

    /// <summary>The regression column of the service's CSV answer (<c>/v1/predict/batch</c> with <c>Accept: text/csv</c>).</summary>
    public const string ServedValue = "prediction";

    /// <summary>The columns a current CSV may carry a regression's predicted value in, the first found wins.</summary>
    public static IReadOnlyList<string> ValueColumns { get; } = [ScoredValue, ServedValue];

    /// <summary>The probability column of a class in a scored CSV (as in test-predictions.csv).</summary>
    public static string ProbabilityOf(string className) => $"p_{className}";

    /// <summary>The columns over the given answers (a missing answer counts as missing in each).</summary>
    public static IReadOnlyList<DataColumn> From(IReadOnlyList<PredictedRow?> rows, PredictionSpec spec) => spec.IsRegression
        ? [new NumericColumn(PredictedValue, [.. rows.Select(r => r?.Value ?? double.NaN)])]
        :
        [
            new CategoricalColumn(PredictedClass, [.. rows.Select(r => r?.Label)]),
            new NumericColumn(Score, [.. rows.Select(r => r?.Score ?? double.NaN)]),
        ];
}
