using System.Globalization;
using System.Text;
using CiCd.Data;

namespace CiCd.Train.Regression;

/// <summary>The test split's predictions of a regression model as CSV: line, actual, predicted, residual (predicted − actual).</summary>
public static class RegressionPredictions
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Header { get; } = ["line", "actual", "predicted", "residual"];

    /// <summary>The CSV text.</summary>
    public static string Csv(IReadOnlyList<int> lines, IReadOnlyList<double> actual, double[][] predictions)
    {
        var text = new StringBuilder();
        CsvWriter.AppendRecord(text, Header);
        for (var i = 0; i < actual.Count; i++)
        {
            var predicted = predictions[i][0];
            CsvWriter.AppendRecord(text, [lines[i].ToString(CultureInfo.InvariantCulture), R(actual[i]), R(predicted), R(predicted - actual[i])]);
        }
        return text.ToString();
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
