using System.Globalization;
using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Regression;
using CiCd.Errors;
using CiCd.Train;
using Microsoft.ML;

namespace CiCd.Image.Smoke;

/// <summary>
/// Builds the smoke case from a training run: the test rows are the dataset lines listed in
/// evaluation/test-predictions.csv, scored in process by <see cref="ModelScorer"/> with the reference model (class
/// probabilities, or for a regression model its one value per row in the target's own scale, the config's target transform
/// inverted as the service does), and their drift report against the run's reference profile
/// (<see cref="SmokeDriftReport"/>) for the dashboard check.
/// </summary>
public static class SmokeCaseLoader
{
    /// <summary>
    /// Reads the dataset of <paramref name="config"/>, picks the test rows and scores them with <paramref name="modelPath"/>;
    /// without <paramref name="profilePath"/> on disk the case carries no drift report.
    /// </summary>
    public static SmokeCase Load(MlopsConfig config, string predictionsPath, string modelPath, string profilePath)
    {
        var table = CsvReader.Read(config.Dataset.Path);
        var dataset = RegressionDatasetLoader.WithTransform(DatasetLoader.Load(table, config.Dataset), config.Training.TargetTransform);
        var rowOfLine = new Dictionary<int, int>(dataset.RowCount);
        for (var r = 0; r < dataset.RowCount; r++)
        {
            rowOfLine[dataset.Lines[r]] = r;
        }
        var rows = TestLines(predictionsPath).Select(line => rowOfLine.TryGetValue(line.Value, out var row) ? row
            : throw new InputException(predictionsPath, line.At, 1, $"line {line.Value} is not a data line of {config.Dataset.Path}")).ToList();
        if (rows.Count == 0)
        {
            throw new InputException(predictionsPath, null, null, "lists no test rows");
        }
        var test = dataset.Select(rows);
        var model = LoadModel(modelPath);
        var expected = test.Targets is null ? ModelScorer.Probabilities(model, TableDataView.Of(test), config.Dataset.Task) : ModelScorer.Probabilities(model, test);
        var drift = SmokeDriftReport.Json(config, profilePath, table with { Rows = rows.Select(r => table.Rows[r]).ToList() });
        IReadOnlyList<string> classes = config.Dataset.Task == TaskKind.Regression ? [] : config.Dataset.Classes;
        return new SmokeCase(Body(table, config.Dataset, rows), test.Lines, classes, expected, drift);
    }

    private static List<(int Value, int At)> TestLines(string path)
    {
        var predictions = CsvReader.Read(path);
        var column = predictions.IndexOf("line");
        if (column < 0)
        {
            throw new InputException(path, 1, null, "no 'line' column; expected the test-predictions.csv that mlops train writes");
        }
        return predictions.Rows.Select(row => int.TryParse(row.Values[column], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (line, row.Line)
            : throw new InputException(path, row.Line, column + 1, $"'{row.Values[column]}' is not a line number")).ToList();
    }

    private static ITransformer LoadModel(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "model file not found");
        }
        // A fixed seed: scoring is deterministic anyway, and no global MLContext is shared.
        return new MLContext(seed: 0).Model.Load(path, out _);
    }

    private static string Body(CsvTable table, DatasetConfig dataset, IReadOnlyList<int> rows)
    {
        var features = dataset.Features.Select(f => f.Name).ToList();
        var columns = features.Select(table.IndexOf).ToArray();
        var text = new StringBuilder();
        CsvWriter.AppendRecord(text, features);
        foreach (var row in rows)
        {
            var values = table.Rows[row].Values;
            CsvWriter.AppendRecord(text, columns.Select(c => values[c]).ToList());
        }
        return text.ToString();
    }
}
