using System.Text.Encodings.Web;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Serving.Hosting;
using CiCd.Serving.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.PredictionLog;

/// <summary>Drains the queue into SQLite in batched transactions; on shutdown it writes what is queued before stopping.</summary>
public sealed class PredictionLogWriter(PredictionLogBuffer queue, IOptions<PredictionLogOptions> options, ServingMetrics metrics,
    ILogger<PredictionLogWriter> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!queue.Enabled)
        {
            return;
        }
        var settings = options.Value;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Path))!);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = settings.Path, Pooling = false }.ToString());
        await connection.OpenAsync(CancellationToken.None);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = PredictionLogSchema.Create;
            await create.ExecuteNonQueryAsync(CancellationToken.None);
        }
        var batch = new List<PredictionRecord>(settings.WriteBatchSize);
        // Reads until the queue is completed at shutdown, not until the stopping token: queued records are kept.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < settings.WriteBatchSize && queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }
            Write(connection, batch);
            metrics.LogWritten(batch.Count);
            batch.Clear();
        }
        logger.LogInformation("Prediction log closed ({Dropped} records dropped since start)", metrics.DroppedLogRecords);
    }

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        return base.StopAsync(cancellationToken);
    }

    // The log is read by tools, not browsers: keep '<' and '>' in categories legible.
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions ReadableSerializer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Parameters =
        ["$timestamp", "$model", "$version", "$request", "$row", "$endpoint", "$inputs", "$label", "$score", "$probabilities"];

    private static void Write(SqliteConnection connection, List<PredictionRecord> batch)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = PredictionLogSchema.Insert;
        var parameters = Parameters.Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();
        insert.Prepare();
        foreach (var record in batch)
        {
            var values = new object[]
            {
                record.Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture), record.Model.Name, record.Model.Version,
                record.RequestId, record.Row, record.Endpoint, Inputs(record), record.Classes[record.Prediction.ClassIndex],
                record.Prediction.Score, Probabilities(record),
            };
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static string Inputs(PredictionRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Readable))
        {
            json.WriteStartObject();
            for (var i = 0; i < record.Schema.Features.Count; i++)
            {
                var feature = record.Schema.Features[i];
                json.WritePropertyName(feature.Name);
                if (feature.Kind != ColumnKind.Numeric)
                {
                    json.WriteStringValue(record.Inputs.Texts[i]);
                }
                else if (float.IsNaN(record.Inputs.Numbers[i]))
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteNumberValue(record.Inputs.Numbers[i]);
                }
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Probabilities(PredictionRecord record) =>
        JsonSerializer.Serialize(record.Classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => record.Prediction.Probabilities[p.i]), ReadableSerializer);
}
