using System.Data.Common;
using System.Diagnostics;
using CiCd.Monitoring.Log;
using CiCd.Serving.Hosting;
using CiCd.Serving.Telemetry;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// Drains the queue into the log (a SQLite file or PostgreSQL): whatever is queued (up to a transaction's worth) is
/// committed at once, after at most a tenth of the flush interval when little is queued (a fuller write costs less per
/// row), and reports its pace so the queue's room can follow it.
/// On shutdown it writes everything queued before stopping. The log is opened (its schema created, upgraded, or a
/// newer one refused) when the service starts, so a log it cannot use stops the start rather than the first write.
/// </summary>
public sealed class PredictionLogWriter(PredictionLogBuffer queue, IOptions<PredictionLogOptions> options, ServingMetrics metrics,
    ILogger<PredictionLogWriter> logger) : BackgroundService
{
    // Rows from which a write costs little more per row than a larger one (tests/CiCd.Serving.Benchmarks: log).
    private const int FullWrite = 1024;

    private IPredictionLogSink? _store;

    // 1 once the queue's drain has begun, in ExecuteAsync or, when that never ran, in StopAsync.
    private int _drainStarted;

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (queue.Enabled)
        {
            var settings = options.Value;
            // From the settings (an environment variable or a file), so a password in the URI is allowed here.
            var location = PredictionLogLocation.Parse(settings.Location, settings.Uri.Length > 0 ? "PredictionLog:Uri" : "PredictionLog:Path", commandLine: false);
            _store = location.IsPostgres
                ? new PostgresPredictionLogStore(location, settings.Replica)
                : new PredictionLogStore(location.Store.Target, settings.Replica);
            logger.LogInformation("Prediction log: {Location} (replica {Replica})", location, settings.Replica);
        }
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Interlocked.Exchange(ref _drainStarted, 1) == 0 ? DrainAsync(stoppingToken) : Task.CompletedTask;

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        if (_store is not { } store)
        {
            return;
        }
        using var owned = store;
        var settings = options.Value;
        var chunks = new List<PredictionRecord[]>();
        var gather = TimeSpan.FromMilliseconds(settings.FlushIntervalMilliseconds / 10.0);
        var fullWrite = Math.Min(FullWrite, settings.WriteBatchSize);
        // Reads until the queue is completed at shutdown, not until the stopping token: queued records are kept.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            if (queue.Pending < fullWrite && !stoppingToken.IsCancellationRequested)
            {
                // A write's fixed cost (a COPY or a transaction, a commit, a round trip; on PostgreSQL a server's CPU that
                // is most of a small write's) dwarfs a row's: under single-row traffic the writer would take a few rows
                // at a time. Waiting a tenth of the flush interval gathers a fuller write and keeps its promise.
                await Task.Delay(gather, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            var rows = 0;
            while (rows < settings.WriteBatchSize && queue.Reader.TryRead(out var chunk))
            {
                chunks.Add(chunk);
                rows += chunk.Length;
            }
            var started = Stopwatch.GetTimestamp();
            // Checked once here rather than by each store (SQLite would scan the records twice).
            var unloggable = LoggableRecords.LeaveOut(chunks);
            if (unloggable > 0)
            {
                metrics.LogDropped(unloggable);
                logger.LogWarning("{Count} prediction log records not written: their score or a probability is not a finite number", unloggable);
            }
            try
            {
                metrics.LogWritten(store.Write(chunks));
            }
            catch (DbException e)
            {
                // A full disk, a locked file or a lost server costs log records, never predictions: count them and keep draining.
                metrics.LogDropped(rows - unloggable);
                logger.LogError("Prediction log write failed ({Code}: {Message}); {Count} records dropped", e.ErrorCode, e.Message, rows - unloggable);
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
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
        // The host starts ExecuteAsync on the thread pool under the stopping token: a stop that comes before it ran
        // (a SIGTERM during start-up) cancels it unrun, and what was queued would be lost with the unopened store.
        if (Interlocked.Exchange(ref _drainStarted, 1) == 0)
        {
            await DrainAsync(new CancellationToken(canceled: true));
        }
    }
}
