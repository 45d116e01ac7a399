using System.Globalization;
using System.Text;
using System.Text.Json;
using CiCd.Configuration;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// A regression model's prediction log, as the service writes regression rows: the predicted value in the label
/// column as round-trip text, no probabilities (NULL). Each day logs the held-out rows in turn with the model's own
/// predictions (from test-predictions.csv); predictions or outcomes can be changed from a given day on.
/// </summary>
public sealed class RegressionLogBuilder
{
    private readonly List<(Dictionary<string, object?> Inputs, double Actual, double Predicted)> _rows = [];
    private readonly DateTimeOffset _start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private int _days = 2;
    private int _perDay;
    private int _shiftFrom = int.MaxValue;
    private Func<double, double> _shift = v => v;

    public RegressionLogBuilder(TrainedRegressionModel model)
    {
        var config = ConfigLoader.Load(model.Config);
        foreach (var (inputs, prediction) in PredictionLogFile.HeldOutRows(config, model.TrainFolder))
        {
            _rows.Add((inputs, Number(prediction[1]), Number(prediction[2])));
        }
        _perDay = _rows.Count;
    }

    /// <summary>The held-out rows: each day logs every one of them once when <c>perDay</c> is left at this.</summary>
    public int HeldOutRows => _rows.Count;

    public RegressionLogBuilder Days(int days, int? perDay = null)
    {
        (_days, _perDay) = (days, perDay ?? _rows.Count);
        return this;
    }

    /// <summary>Maps the predicted value from <paramref name="day"/> (0-based) on.</summary>
    public RegressionLogBuilder ShiftPredictionsFrom(int day, Func<double, double> shift)
    {
        (_shiftFrom, _shift) = (day, shift);
        return this;
    }

    public string Write(string path) => PredictionLogFile.WriteSqlite(path, "diabetes", Rows());

    /// <summary>Writes the same rows into a PostgreSQL log whose schema the service created.</summary>
    public void WritePostgres(string connectionString, string uri) =>
        PredictionLogFile.WritePostgres(connectionString, uri, "diabetes", [.. Rows()]);

    /// <summary>The observed outcome of every logged request; <paramref name="change"/> maps (day, actual) to what is written.</summary>
    public string WriteLabels(string path, Func<int, double, string>? change = null)
    {
        var text = new StringBuilder("request_id,label\n");
        for (var i = 0; i < _days * _perDay; i++)
        {
            var actual = _rows[i % _rows.Count].Actual;
            var written = change?.Invoke(i / _perDay, actual) ?? actual.ToString("R", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"r{i},{written}\n");
        }
        File.WriteAllText(path, text.ToString());
        return path;
    }

    // The predicted value goes in the label column as round-trip text, as the service logs a regression row.
    private IEnumerable<LoggedPrediction> Rows()
    {
        for (var i = 0; i < _days * _perDay; i++)
        {
            var (inputs, _, predicted) = _rows[i % _rows.Count];
            var value = i / _perDay >= _shiftFrom ? _shift(predicted) : predicted;
            yield return new LoggedPrediction(PredictionLogFile.Time(_start, i, _perDay), $"r{i}", JsonSerializer.Serialize(inputs),
                value.ToString("R", CultureInfo.InvariantCulture), value, Probabilities: null);
        }
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}
