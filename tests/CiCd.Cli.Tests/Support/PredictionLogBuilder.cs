using System.Globalization;
using System.Text;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Log;
using CiCd.Train;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CiCd.Cli.Tests.Support;

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
        var byLine = data.Rows.ToDictionary(r => r.Line);
        _allInputs = [.. data.Rows.Select(r => config.Dataset.Features.ToDictionary(c => c.Name, c => Value(r.Values[data.IndexOf(c.Name)], c.IsNumeric)))];
        new Random(5).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_allInputs));
        var predictions = CsvReader.Read(Path.Combine(model.TrainFolder, TrainingFiles.Predictions));
        foreach (var row in predictions.Rows)
        {
            var source = byLine[int.Parse(row.Values[0]!, CultureInfo.InvariantCulture)];
            var inputs = config.Dataset.Features.ToDictionary(c => c.Name, c => Value(source.Values[data.IndexOf(c.Name)], c.IsNumeric));
            _rows.Add((inputs, [.. row.Values.Skip(2).Select(v => double.Parse(v!, CultureInfo.InvariantCulture))], row.Values[1]!));
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

    public string Write(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = PredictionLogLayout.CreateTable;
            create.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        foreach (var row in Rows())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {PredictionLogLayout.Table} VALUES ($t, 'german-credit', '1', $id, $in, $label, $out)";
            insert.Parameters.AddWithValue("$t", row.Time);
            insert.Parameters.AddWithValue("$id", row.RequestId);
            insert.Parameters.AddWithValue("$in", row.Inputs);
            insert.Parameters.AddWithValue("$label", row.Label);
            insert.Parameters.AddWithValue("$out", row.Probabilities);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return path;
    }

    /// <summary>Writes the same rows into a PostgreSQL log, its schema created as the service creates it.</summary>
    public void WritePostgres(string connectionString, string uri)
    {
        PredictionLogDatabase.Migrate(PredictionLogLocation.Parse(uri, "test", commandLine: false));
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var row in Rows())
        {
            using var insert = new NpgsqlCommand(
                $"INSERT INTO {PredictionLogLayout.Table} (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id) " +
                "VALUES (@t, 'german-credit', '1', @id, 0, 'predict', @in, @label, @score, @out, 'a')", connection, transaction);
            insert.Parameters.AddWithValue("t", row.Time);
            insert.Parameters.AddWithValue("id", row.RequestId);
            insert.Parameters.AddWithValue("in", row.Inputs);
            insert.Parameters.AddWithValue("label", row.Label);
            insert.Parameters.AddWithValue("score", row.Score);
            insert.Parameters.AddWithValue("out", row.Probabilities);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private IEnumerable<(string Time, string RequestId, string Inputs, string Label, double Score, string Probabilities)> Rows()
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
            yield return (PredictionLogLayout.FormatTime(_start + TimeSpan.FromDays(day) + TimeSpan.FromSeconds((i % _perDay) * 60)), $"r{i}",
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

    private static object? Value(string? field, bool numeric) =>
        MissingValues.IsMissing(field) ? null : numeric ? double.Parse(field!, CultureInfo.InvariantCulture) : field!.Trim();
}
