using CiCd.Monitoring.Log;
using Npgsql;
using NpgsqlTypes;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// The log in a PostgreSQL database every replica writes to: each write is one binary COPY, the fastest way into
/// PostgreSQL and atomic (a COPY that fails or is not completed leaves no row). A lost connection costs the records of
/// that write (the writer counts them as dropped); the next write connects again.
/// </summary>
public sealed class PostgresPredictionLogStore : IPredictionLogSink
{
    private static readonly string Copy =
        $"COPY {PredictionLogSchema.Table} ({string.Join(", ", PredictionLogSchema.Columns)}) FROM STDIN (FORMAT BINARY)";

    private readonly string _connectionString;
    private readonly string _replica;
    private readonly PredictionRowText _text = new();
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
            using var import = connection.BeginBinaryImport(Copy);
            foreach (var chunk in chunks)
            {
                foreach (var record in chunk)
                {
                    written++;
                    import.StartRow();
                    // The text columns the writer formats go in as UTF-8 bytes (the connection's encoding), so a row costs no string.
                    import.Write(_text.Timestamp(record.Timestamp), NpgsqlDbType.Text);
                    import.Write(record.Model.Name, NpgsqlDbType.Text);
                    import.Write(record.Model.Version, NpgsqlDbType.Text);
                    import.Write(record.RequestId, NpgsqlDbType.Text);
                    import.Write(record.Row, NpgsqlDbType.Integer);
                    import.Write(record.Endpoint, NpgsqlDbType.Text);
                    import.Write(_text.Inputs(record), NpgsqlDbType.Text);
                    import.Write(_text.Label(record), NpgsqlDbType.Text);
                    import.Write(record.Prediction.Score, NpgsqlDbType.Double);
                    if (record.Prediction.IsValue)
                    {
                        import.WriteNull();
                    }
                    else
                    {
                        import.Write(_text.Probabilities(record), NpgsqlDbType.Text);
                    }
                    import.Write(_replica, NpgsqlDbType.Text);
                }
            }
            import.Complete();
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
