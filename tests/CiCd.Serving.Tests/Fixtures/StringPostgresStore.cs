using CiCd.Monitoring.Log;
using CiCd.Serving.PredictionLog;
using Npgsql;
using NpgsqlTypes;
using PredictionRecord = CiCd.Serving.PredictionLog.PredictionRecord;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The PostgreSQL store as it was before it wrote UTF-8 buffers (a string per text value): the reference the store
/// must equal, and the old path LogPathBenchmark prints beside the new one.
/// </summary>
public sealed class StringPostgresStore : IPredictionLogSink
{
    private static readonly string Copy =
        $"COPY {PredictionLogSchema.Table} ({string.Join(", ", PredictionLogSchema.Columns)}) FROM STDIN (FORMAT BINARY)";

    private readonly string _connectionString;
    private readonly string _replica;
    private readonly StringRowText _text = new();
    private NpgsqlConnection? _connection;

    /// <summary>Creates or upgrades the log's schema at <paramref name="location"/> (a newer one is refused); rows carry <paramref name="replica"/>.</summary>
    public StringPostgresStore(PredictionLogLocation location, string replica)
    {
        PredictionLogDatabase.Migrate(location);
        _connectionString = location.Store.Target;
        _replica = replica;
    }

    /// <inheritdoc />
    public int Write(IReadOnlyList<PredictionRecord[]> chunks)
    {
        var connection = _connection ??= Connect();
        try
        {
            using var import = connection.BeginBinaryImport(Copy);
            foreach (var chunk in chunks)
            {
                foreach (var record in chunk)
                {
                    import.StartRow();
                    import.Write(_text.Timestamp(record.Timestamp), NpgsqlDbType.Text);
                    import.Write(record.Model.Name, NpgsqlDbType.Text);
                    import.Write(record.Model.Version, NpgsqlDbType.Text);
                    import.Write(record.RequestId, NpgsqlDbType.Text);
                    import.Write(record.Row, NpgsqlDbType.Integer);
                    import.Write(record.Endpoint, NpgsqlDbType.Text);
                    import.Write(_text.Inputs(record), NpgsqlDbType.Text);
                    import.Write(StringRowText.Label(record), NpgsqlDbType.Text);
                    import.Write(record.Prediction.Score, NpgsqlDbType.Double);
                    if (_text.Probabilities(record) is { } probabilities)
                    {
                        import.Write(probabilities, NpgsqlDbType.Text);
                    }
                    else
                    {
                        import.WriteNull();
                    }
                    import.Write(_replica, NpgsqlDbType.Text);
                }
            }
            import.Complete();
            return chunks.Sum(chunk => chunk.Length);
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
