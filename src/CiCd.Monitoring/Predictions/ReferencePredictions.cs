using CiCd.Data;
using CiCd.Monitoring.Current;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Predictions;

/// <summary>
/// The reference for prediction drift: the model's answers on its held-out test split (a classifier's predicted
/// class and score, a regression's predicted value), profiled from the test-predictions.csv training wrote.
/// </summary>
public static class ReferencePredictions
{
    /// <summary>Profiles the predictions in a scored CSV (test-predictions.csv: line, actual, p_&lt;class&gt;… or predicted).</summary>
    public static ReferenceProfile Build(string scoredCsv, PredictionSpec spec)
    {
        var data = new CsvCurrentData(CsvReader.Read(scoredCsv), spec);
        var rows = Enumerable.Range(0, data.RowCount).Select(data.PredictionOf).ToList();
        if (rows.All(r => r is null))
        {
            throw new Errors.InputException(scoredCsv, 1, null, spec.IsRegression
                ? $"expected the column {PredictionColumns.ScoredValue} with the model's predicted values"
                : $"expected the columns {string.Join(", ", spec.Classes.Select(PredictionColumns.ProbabilityOf))} with the model's probabilities");
        }
        return new ProfileBuilder(new ProfileOptions()).Build(PredictionColumns.From(rows, spec));
    }
}
