using CiCd.Monitoring.Log;
using Npgsql;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// The log in a PostgreSQL database every replica writes to: each write is one binary COPY (its rows encoded here,
/// <see cref="BinaryCopyRows"/>), the fastest way into PostgreSQL and atomic (a COPY that fails or is not completed
/// leaves no row). A lost connection costs the records of that write (the writer counts them as dropped); the next
/// write connects again.
/// </summary>
public sealed class PostgresPredictionLogStore : IPredictionLogSink
{
    private static readonly string Copy =
        $"COPY {PredictionLogSchema.Table} ({string.Join(", ", PredictionLogSchema.Columns)}) FROM STDIN (FORMAT BINARY)";

    private static readonly short Fields = (short)PredictionLogSchema.Columns.Count;

    private readonly string _connectionString;
    private readonly string _replica;
    private readonly PredictionRowText _text = new();
    private readonly BinaryCopyRows _rows = new();
    private NpgsqlConnection? _connection;

    /// <summary>Creates or upgrades the log's schema at <paramref name="location"/> (a newer one is refused); rows carry <paramref name="replica"/>.</summary>
    public PostgresPredictionLogStore(PredictionLogLocation location, string replica)
    {
        PredictionLogDatabase.Migrate(location);
        _connectionString = location.Store.Target;
        _replica = replica;
    }

    /// <inheritdoc />
    public int Write(IReadOnlyList<PredictionRecord[]> chunks)
    {
        var connection = _connection ??= Connect();
        var written = 0;
        try
        {
            var copy = connection.BeginRawBinaryCopy(Copy);
            try
            {
                _rows.Start(copy);
                foreach (var chunk in chunks)
                {
                    foreach (var record in chunk)
                    {
                        Add(record);
                        written++;
                    }
                }
                _rows.End();
            }
            catch
            {
                // Disposing the stream would end the COPY and commit the rows sent so far: cancelled, none is kept.
                copy.Cancel();
                throw;
            }
            // Ends the COPY: the server commits the rows, or refuses them all (a PostgresException).
            copy.Dispose();
            return written;
        }
        catch (NpgsqlException)
        {
            // The connection may be broken (a server restart): the next write opens a new one.
            _connection = null;
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _text.Dispose();
        _connection?.Dispose();
    }

    // Column by column in PredictionLogSchema.Columns' order; the text columns the writer formats go in as the UTF-8 bytes
    // it formatted them into (the connection's encoding), so a row costs no string.
    private void Add(PredictionRecord record)
    {
        _rows.Row(Fields);
        _rows.Text(_text.Timestamp(record.Timestamp).Span);
        _rows.Text(record.Model.Name);
        _rows.Text(record.Model.Version);
        _rows.Text(record.RequestId);
        _rows.Integer(record.Row);
        _rows.Text(record.Endpoint);
        _rows.Text(_text.Inputs(record).Span);
        _rows.Text(_text.Label(record).Span);
        _rows.Double(record.Prediction.Score);
        if (record.Prediction.IsValue)
        {
            _rows.Null();
        }
        else
        {
            _rows.Text(_text.Probabilities(record).Span);
        }
        _rows.Text(_replica);
    }

    private NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
