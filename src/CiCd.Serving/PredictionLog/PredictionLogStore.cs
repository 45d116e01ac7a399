using CiCd.Monitoring.Log;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// The SQLite file the log is written to: one connection, one transaction per write, records inserted many per
/// statement (a statement's fixed cost is most of a one-row insert's) by statements prepared once and bound from the
/// writer's UTF-8 buffers. WAL with synchronous=NORMAL: a commit is in the file (and survives the process being
/// killed) without waiting for the disk; only a power loss can take back the last commits.
/// </summary>
public sealed class PredictionLogStore : IPredictionLogSink
{
    private const int RowsPerStatement = 32;

    private const int BusyMilliseconds = 30_000;

    private readonly SqliteConnection _connection;
    private readonly SqliteRowInsert _many;
    private readonly SqliteRowInsert _one;
    private readonly PredictionRowText _text = new();
    private readonly string _replica;

    /// <summary>Opens (creating or upgrading when needed) the log at <paramref name="path"/>; rows carry <paramref name="replica"/>.</summary>
    public PredictionLogStore(string path, string replica)
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
        // The inserts bypass SqliteCommand and its retries while another process writes (labels import): SQLite waits
        // instead, as long as a command would.
        raw.sqlite3_busy_timeout(_connection.Handle, BusyMilliseconds);
        _many = new SqliteRowInsert(_connection, RowsPerStatement);
        _one = new SqliteRowInsert(_connection, 1);
    }

    /// <summary>Writes the records of <paramref name="chunks"/> in one transaction: all of them or, on an error, none.</summary>
    public int Write(IReadOnlyList<PredictionRecord[]> chunks)
    {
        var records = 0;
        foreach (var chunk in chunks)
        {
            records += chunk.Length;
        }
        // Whole statements of many records first, the rest one by one.
        var inMany = records - (records % RowsPerStatement);
        using var transaction = _connection.BeginTransaction();
        var written = 0;
        foreach (var chunk in chunks)
        {
            foreach (var record in chunk)
            {
                if (written < inMany)
                {
                    Bind(_many, written % RowsPerStatement, record);
                    if (written % RowsPerStatement == RowsPerStatement - 1)
                    {
                        _many.Execute();
                    }
                }
                else
                {
                    Bind(_one, 0, record);
                    _one.Execute();
                }
                written++;
            }
        }
        transaction.Commit();
        return written;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _text.Dispose();
        _many.Dispose();
        _one.Dispose();
        _connection.Dispose();
    }

    // Column by column in PredictionLogSchema.Columns' order.
    private void Bind(SqliteRowInsert insert, int row, PredictionRecord record)
    {
        insert.Text(row, 0, _text.Timestamp(record.Timestamp).Span);
        insert.Text(row, 1, record.Model.Name);
        insert.Text(row, 2, record.Model.Version);
        insert.Text(row, 3, record.RequestId);
        insert.Integer(row, 4, record.Row);
        insert.Text(row, 5, record.Endpoint);
        insert.Text(row, 6, _text.Inputs(record).Span);
        insert.Text(row, 7, _text.Label(record).Span);
        insert.Real(row, 8, record.Prediction.Score);
        if (record.Prediction.IsValue)
        {
            insert.Null(row, 9);
        }
        else
        {
            insert.Text(row, 9, _text.Probabilities(record).Span);
        }
        insert.Text(row, 10, _replica);
    }
}
