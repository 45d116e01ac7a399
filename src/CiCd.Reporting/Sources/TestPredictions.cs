using System.Globalization;
using CiCd.Data;
using CiCd.Errors;

namespace CiCd.Reporting.Sources;

/// <summary>The test split's predictions written by training: each row's source line, actual class index and class probabilities.</summary>
public sealed record TestPredictions(IReadOnlyList<string> Classes, int[] Lines, int[] Actual, double[][] Probabilities)
{
    private static readonly string[] FixedColumns = ["line", "actual"];

    /// <summary>Reads <c>line,actual,p_&lt;class&gt;…</c>; a class or number that does not fit is an input error naming file and line.</summary>
    public static TestPredictions Read(string path, IReadOnlyList<string> classes)
    {
        var table = CsvReader.Read(path);
        var expected = FixedColumns.Concat(classes.Select(c => $"p_{c}")).ToList();
        if (!table.Header.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new InputException(path, 1, null, $"expected the header {string.Join(",", expected)}, found {string.Join(",", table.Header)}");
        }
        var lines = new int[table.Rows.Count];
        var actual = new int[table.Rows.Count];
        var probabilities = new double[table.Rows.Count][];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            lines[r] = (int)Number(path, row, 0);
            actual[r] = IndexOf(classes, row.Values[1]) is var index and >= 0
                ? index
                : throw new InputException(path, row.Line, 2, $"class '{row.Values[1]}' is not one of {string.Join(", ", classes)}");
            probabilities[r] = Enumerable.Range(0, classes.Count).Select(c => Number(path, row, c + 2)).ToArray();
        }
        return new TestPredictions(classes, lines, actual, probabilities);
    }

    private static double Number(string path, CsvRow row, int column) =>
        double.TryParse(row.Values[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InputException(path, row.Line, column + 1, $"'{row.Values[column]}' is not a finite number");

    private static int IndexOf(IReadOnlyList<string> classes, string? value)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
