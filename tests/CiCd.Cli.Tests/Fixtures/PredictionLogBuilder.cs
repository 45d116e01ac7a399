using System.Globalization;
using System.Text;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Train;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// Builds a prediction log (and its delayed labels) spread over days; inputs or scores can be changed
/// from a given day on. Inputs are the German credit rows in a seeded order, each logged once while they
/// last, paired with the held-out rows' real probabilities in turn; <see cref="HeldOutRowsOnly"/> pairs
/// each held-out row with its own probabilities and class instead, for performance on delayed labels.
/// </summary>
public sealed class PredictionLogBuilder
{
    private readonly List<(Dictionary<string, object?> Inputs, double[] Probabilities, string Actual)> _rows = [];
    private readonly List<Dictionary<string, object?>> _allInputs;
    private bool _heldOutOnly;
    private readonly IReadOnlyList<string> _classes;
    private readonly double _threshold;
    private DateTimeOffset _start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private int _days = 3;
    private int _perDay = 200;
    private int _shiftFrom = int.MaxValue;
    private Action<Dictionary<string, object?>, int> _shiftInputs = (_, _) => { };
    private int _scoresFrom = int.MaxValue;
    private Func<double, double> _score = p => p;

    public PredictionLogBuilder(TrainedModel model)
    {
        var config = ConfigLoader.Load(model.Config);
        var card = CiCd.Formats.JsonReport.Read<ModelCard>(Path.Combine(model.TrainFolder, TrainingFiles.CardJson));
        _classes = card.Classes;
        _threshold = card.Threshold;
        var data = CsvReader.Read(config.Dataset.Path);
        _allInputs = [.. data.Rows.Select(r => PredictionLogFile.Inputs(config, data, r))];
        new Random(5).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_allInputs));
        foreach (var (inputs, prediction) in PredictionLogFile.HeldOutRows(config, model.TrainFolder))
        {
            _rows.Add((inputs, [.. prediction.Skip(2).Select(v => double.Parse(v!, CultureInfo.InvariantCulture))], prediction[1]!));
        }
    }

    public PredictionLogBuilder Days(int days, int perDay)
    {
        (_days, _perDay) = (days, perDay);
        return this;
    }

    public PredictionLogBuilder HeldOutRowsOnly()
    {
        _heldOutOnly = true;
        return this;
    }

    public PredictionLogBuilder Starting(DateTimeOffset start)
    {
        _start = start;
        return this;
    }

    /// <summary>Changes every input row from <paramref name="day"/> (0-based) on; the action also gets the row number.</summary>
    public PredictionLogBuilder ShiftInputsFrom(int day, Action<Dictionary<string, object?>, int> change)
    {
        (_shiftFrom, _shiftInputs) = (day, change);
        return this;
    }

    /// <summary>Maps the positive-class probability from <paramref name="day"/> on.</summary>
    public PredictionLogBuilder ShiftScoresFrom(int day, Func<double, double> score)
    {
        (_scoresFrom, _score) = (day, score);
        return this;
    }

    public string Write(string path) => PredictionLogFile.WriteSqlite(path, "german-credit", Rows());

    /// <summary>Writes the same rows into a PostgreSQL log, its schema created as the service creates it.</summary>
    public void WritePostgres(string connectionString, string uri) =>
        PredictionLogFile.WritePostgres(connectionString, uri, "german-credit", [.. Rows()]);

    private IEnumerable<LoggedPrediction> Rows()
    {
        for (var i = 0; i < _days * _perDay; i++)
        {
            var day = i / _perDay;
            var (heldOut, probabilities, _) = _rows[i % _rows.Count];
            var inputs = _heldOutOnly ? heldOut : _allInputs[i % _allInputs.Count];
            var row = new Dictionary<string, object?>(inputs);
            if (day >= _shiftFrom)
            {
                _shiftInputs(row, i);
            }
            var positive = day >= _scoresFrom ? _score(probabilities[1]) : probabilities[1];
            yield return new LoggedPrediction(PredictionLogFile.Time(_start, i, _perDay), $"r{i}",
                JsonSerializer.Serialize(row), _classes[positive >= _threshold ? 1 : 0], positive,
                JsonSerializer.Serialize(new Dictionary<string, double> { [_classes[0]] = 1 - positive, [_classes[1]] = positive }));
        }
    }

    /// <summary>Labels for every logged request (the test rows' true classes), or the opposite class when <paramref name="wrong"/>.</summary>
    public string WriteLabels(string path, bool wrong = false)
    {
        var text = new StringBuilder("request_id,label\n");
        for (var i = 0; i < _days * _perDay; i++)
        {
            var actual = _rows[i % _rows.Count].Actual;
            text.Append(CultureInfo.InvariantCulture, $"r{i},{(wrong ? _classes.First(c => c != actual) : actual)}\n");
        }
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
