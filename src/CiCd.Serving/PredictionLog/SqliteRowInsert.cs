using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// One prepared insert of a fixed number of log records, bound through SQLite's own API: text goes in as UTF-8 from
/// the caller's buffer (SQLite copies it), so a row costs neither a string, a boxed number nor a parameter lookup by
/// name, as <see cref="SqliteParameter"/> does on every execution. Runs inside the connection's current transaction.
/// </summary>
internal sealed class SqliteRowInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int[,] _indexes;
    private byte[] _encoded = new byte[256];

    /// <summary>Prepares the insert of <paramref name="rows"/> records on <paramref name="connection"/> (open).</summary>
    public SqliteRowInsert(SqliteConnection connection, int rows)
    {
        _database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_database, PredictionLogSchema.Insert(rows), out _statement));
        var columns = PredictionLogSchema.Columns.Count;
        _indexes = new int[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                _indexes[r, c] = raw.sqlite3_bind_parameter_index(_statement, PredictionLogSchema.Parameter(r, c));
            }
        }
    }

    /// <summary>Binds UTF-8 text to record <paramref name="row"/>'s <paramref name="column"/>.</summary>
    public void Text(int row, int column, ReadOnlySpan<byte> utf8) => Check(raw.sqlite3_bind_text(_statement, _indexes[row, column], utf8));

    /// <summary>Binds a string, encoded into a reused buffer.</summary>
    public void Text(int row, int column, string text)
    {
        if (Encoding.UTF8.GetMaxByteCount(text.Length) > _encoded.Length)
        {
            _encoded = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        }
        Text(row, column, _encoded.AsSpan(0, Encoding.UTF8.GetBytes(text, _encoded)));
    }

    /// <summary>Binds an integer.</summary>
    public void Integer(int row, int column, long value) => Check(raw.sqlite3_bind_int64(_statement, _indexes[row, column], value));

    /// <summary>Binds a real (NaN becomes NULL, as SQLite stores it).</summary>
    public void Real(int row, int column, double value) => Check(raw.sqlite3_bind_double(_statement, _indexes[row, column], value));

    /// <summary>Binds NULL.</summary>
    public void Null(int row, int column) => Check(raw.sqlite3_bind_null(_statement, _indexes[row, column]));

    /// <summary>Inserts the bound records; a failure (a full disk, a constraint) is a <see cref="SqliteException"/>.</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        // Reset before anything else: an insert left running would keep the transaction from committing or rolling back.
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
