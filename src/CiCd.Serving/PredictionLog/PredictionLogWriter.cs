using System.Diagnostics;
using CiCd.Serving.Hosting;
using CiCd.Serving.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// Drains the queue into SQLite: whatever is queued (up to a transaction's worth) is committed at once, so the log is
/// behind the answers by the queue's length, not by a timer, and reports its pace so the queue's room can follow it.
/// On shutdown it writes everything queued before stopping.
/// </summary>
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
        using var store = new PredictionLogStore(settings.Path);
        var chunks = new List<PredictionRecord[]>();
        // Reads until the queue is completed at shutdown, not until the stopping token: queued records are kept.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            var rows = 0;
            while (rows < settings.WriteBatchSize && queue.Reader.TryRead(out var chunk))
            {
                chunks.Add(chunk);
                rows += chunk.Length;
            }
            var started = Stopwatch.GetTimestamp();
            try
            {
                store.Write(chunks);
                metrics.LogWritten(rows);
            }
            catch (SqliteException e)
            {
                // A full disk or a locked file costs log records, never predictions: count them and keep draining.
                metrics.LogDropped(rows);
                logger.LogError("Prediction log write failed ({Code}: {Message}); {Count} records dropped", e.SqliteErrorCode, e.Message, rows);
            }
            finally
            {
                queue.Written(rows, Stopwatch.GetElapsedTime(started));
            }
            chunks.Clear();
        }
        logger.LogInformation("Prediction log closed ({Dropped} records dropped since start)", metrics.DroppedLogRecords);
    }

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        return base.StopAsync(cancellationToken);
    }
}
