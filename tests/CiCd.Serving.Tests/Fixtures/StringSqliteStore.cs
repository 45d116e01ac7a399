using CiCd.Monitoring.Log;
using CiCd.Serving.PredictionLog;
using Microsoft.Data.Sqlite;
using PredictionRecord = CiCd.Serving.PredictionLog.PredictionRecord;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The SQLite store as it was before it bound UTF-8 buffers (SqliteParameter values, a string per text value): the
/// reference the store must equal, and the old path LogPathBenchmark prints beside the new one.
/// </summary>
public sealed class StringSqliteStore : IPredictionLogSink
{
    private const int RowsPerStatement = 32;

    private readonly SqliteConnection _connection;
    private readonly Statement _many;
    private readonly Statement _one;
    private readonly StringRowText _text = new();
    private readonly string _replica;

    /// <summary>Opens (creating or upgrading when needed) the log at <paramref name="path"/>; rows carry <paramref name="replica"/>.</summary>
    public StringSqliteStore(string path, string replica)
    {
        PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(path));
        _replica = replica;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        using (var synchronous = _connection.CreateCommand())
        {
            // A commit is a write to the WAL file, without waiting for the disk (a killed process loses nothing committed).
            synchronous.CommandText = "PRAGMA synchronous = NORMAL";
            synchronous.ExecuteNonQuery();
        }
        _many = new Statement(_connection, RowsPerStatement);
        _one = new Statement(_connection, 1);
    }

    /// <summary>Writes <paramref name="chunks"/> in one transaction: all of them or, on an error, none.</summary>
    public int Write(IReadOnlyList<PredictionRecord[]> chunks)
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
        return chunks.Sum(chunk => chunk.Length);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _text.Dispose();
        _many.Command.Dispose();
        _one.Command.Dispose();
        _connection.Dispose();
    }

    private void Bind(Statement statement, int row, PredictionRecord record)
    {
        var values = new object[]
        {
            _text.Timestamp(record.Timestamp), record.Model.Name, record.Model.Version, record.RequestId, record.Row, record.Endpoint, _text.Inputs(record),
            StringRowText.Label(record), record.Prediction.Score, (object?)_text.Probabilities(record) ?? DBNull.Value, _replica,
        };
        for (var c = 0; c < values.Length; c++)
        {
            statement.Parameters[row, c].Value = values[c];
        }
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
