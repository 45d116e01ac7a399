using CiCd.Data;
using CiCd.Errors;
using CiCd.Reporting.Content;
using CiCd.Train.Regression;

namespace CiCd.Reporting.Sources;

/// <summary>Reads a regression run's <c>evaluation/test-predictions.csv</c> (line, actual, predicted, residual).</summary>
public static class RegressionPredictionsSource
{
    /// <summary>The actual and predicted values; another header or a value that is not a number is an input error naming file and line.</summary>
    public static RegressionResiduals Read(string path)
    {
        var table = CsvReader.Read(path);
        if (!table.Header.SequenceEqual(RegressionPredictions.Header))
        {
            throw new InputException(path, 1, null, $"expected the columns {string.Join(", ", RegressionPredictions.Header)}, found {string.Join(", ", table.Header)}");
        }
        var actual = new double[table.Rows.Count];
        var predicted = new double[table.Rows.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            actual[r] = Number(table, r, 1);
            predicted[r] = Number(table, r, 2);
        }
        return new RegressionResiduals(actual, predicted);
    }

    private static double Number(CsvTable table, int row, int column) =>
        NumberText.TryParse(table.Rows[row].Values[column] ?? "", out var value)
            ? value
            : throw new InputException(table.File, table.Rows[row].Line, column + 1, $"'{table.Rows[row].Values[column]}' is not a number");
}
