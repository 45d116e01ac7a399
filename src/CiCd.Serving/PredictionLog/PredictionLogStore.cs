using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CiCd.Configuration;
using Microsoft.Data.Sqlite;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// The SQLite file the log is written to: one connection, one transaction per write, records inserted many per
/// statement (a statement's fixed cost is most of a one-row insert's). WAL with synchronous=NORMAL: a commit is in
/// the file (and survives the process being killed) without waiting for the disk; only a power loss can take back
/// the last commits.
/// </summary>
public sealed class PredictionLogStore : IDisposable
{
    private const int RowsPerStatement = 32;

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly SqliteConnection _connection;
    private readonly Statement _many;
    private readonly Statement _one;
    private readonly ArrayBufferWriter<byte> _json = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly JsonNames _names = new();
    private DateTimeOffset _lastTime;
    private string _lastTimeText = "";

    /// <summary>Opens (creating when absent) the log at <paramref name="path"/>.</summary>
    public PredictionLogStore(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = PredictionLogSchema.Create;
            create.ExecuteNonQuery();
        }
        _many = new Statement(_connection, RowsPerStatement);
        _one = new Statement(_connection, 1);
        _writer = new Utf8JsonWriter(_json, Writing);
    }

    /// <summary>Writes <paramref name="chunks"/> in one transaction: all of them or, on an error, none.</summary>
    public void Write(IReadOnlyList<PredictionRecord[]> chunks)
    {
        using var transaction = _connection.BeginTransaction();
        _many.Command.Transaction = transaction;
        _one.Command.Transaction = transaction;
        var filled = 0;
        foreach (var record in chunks.SelectMany(chunk => chunk))
        {
            Bind(_many, filled++, record);
            if (filled == RowsPerStatement)
            {
                _many.Command.ExecuteNonQuery();
                filled = 0;
            }
        }
        // The rest one by one, from the values already bound.
        for (var r = 0; r < filled; r++)
        {
            for (var c = 0; c < PredictionLogSchema.Columns.Count; c++)
            {
                _one.Parameters[0, c].Value = _many.Parameters[r, c].Value;
            }
            _one.Command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        _many.Command.Dispose();
        _one.Command.Dispose();
        _connection.Dispose();
    }

    private void Bind(Statement statement, int row, PredictionRecord record)
    {
        var values = new object[]
        {
            Timestamp(record.Timestamp), record.Model.Name, record.Model.Version, record.RequestId, record.Row, record.Endpoint, Inputs(record),
            record.Classes[record.Prediction.ClassIndex], record.Prediction.Score, Probabilities(record),
        };
        for (var c = 0; c < values.Length; c++)
        {
            statement.Parameters[row, c].Value = values[c];
        }
    }

    // Rows of one chunk share their time: format it once.
    private string Timestamp(DateTimeOffset time)
    {
        if (time != _lastTime || _lastTimeText.Length == 0)
        {
            _lastTime = time;
            _lastTimeText = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }
        return _lastTimeText;
    }

    private string Inputs(PredictionRecord record)
    {
        Start();
        for (var i = 0; i < record.Schema.Features.Count; i++)
        {
            var feature = record.Schema.Features[i];
            _writer.WritePropertyName(_names.Of(feature.Name));
            if (feature.Kind != ColumnKind.Numeric)
            {
                if (record.Inputs.Texts[i] is { } text)
                {
                    _writer.WriteStringValue(_names.Of(text));
                }
                else
                {
                    _writer.WriteNullValue();
                }
            }
            else if (float.IsNaN(record.Inputs.Numbers[i]))
            {
                _writer.WriteNullValue();
            }
            else
            {
                _writer.WriteNumberValue(record.Inputs.Numbers[i]);
            }
        }
        return End();
    }

    private string Probabilities(PredictionRecord record)
    {
        Start();
        for (var c = 0; c < record.Classes.Count; c++)
        {
            _writer.WriteNumber(_names.Of(record.Classes[c]), record.Prediction.Probabilities[c]);
        }
        return End();
    }

    private void Start()
    {
        _json.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartObject();
    }

    private string End()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_json.WrittenSpan);
    }

    // One insert of a fixed number of records, with its parameters by record and column.
    private sealed class Statement
    {
        public Statement(SqliteConnection connection, int rows)
        {
            Command = connection.CreateCommand();
            Command.CommandText = PredictionLogSchema.Insert(rows);
            var columns = PredictionLogSchema.Columns.Count;
            Parameters = new SqliteParameter[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    Parameters[r, c] = Command.Parameters.Add(new SqliteParameter { ParameterName = PredictionLogSchema.Parameter(r, c) });
                }
            }
        }

        public SqliteCommand Command { get; }

        public SqliteParameter[,] Parameters { get; }
    }
}
