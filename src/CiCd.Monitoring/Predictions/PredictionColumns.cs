using CiCd.Monitoring.Data;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Predictions;

/// <summary>Prediction drift compares two derived columns, the predicted class and the score, like any features.</summary>
public static class PredictionColumns
{
    /// <summary>The predicted class.</summary>
    public const string PredictedClass = "predicted_class";

    /// <summary>The score (positive-class or top probability).</summary>
    public const string Score = "score";

    /// <summary>The two columns as a schema.</summary>
    public static IReadOnlyList<SchemaColumn> Schema { get; } =
        [new(PredictedClass, ColumnKind.Categorical), new(Score, ColumnKind.Numeric)];

    /// <summary>The probability column of a class in a scored CSV (as in test-predictions.csv).</summary>
    public static string ProbabilityOf(string className) => $"p_{className}";

    /// <summary>The two columns over the given answers (a missing answer counts as missing in both).</summary>
    public static IReadOnlyList<DataColumn> From(IReadOnlyList<PredictedRow?> rows) =>
    [
        new CategoricalColumn(PredictedClass, [.. rows.Select(r => r?.Label)]),
        new NumericColumn(Score, [.. rows.Select(r => r?.Score ?? double.NaN)]),
    ];
}
