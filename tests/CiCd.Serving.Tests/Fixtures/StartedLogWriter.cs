using CiCd.Serving.Hosting;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// A prediction log writer started over a SQLite log of its own, without a host: the queue, the metrics and the writer
/// as the service wires them, for tests of what the writer does with what is queued. Disposing it stops nothing:
/// a test stops the writer itself, when its case says.
/// </summary>
public sealed class StartedLogWriter : IDisposable
{
    private readonly TempFolder _folder = new();

    private StartedLogWriter()
    {
        var options = Options.Create(new PredictionLogOptions { Path = LogPath, ReplicaId = "r1" });
        Metrics = new ServingMetrics();
        Queue = new PredictionLogBuffer(options, Metrics);
        Writer = new PredictionLogWriter(Queue, options, Metrics, NullLogger<PredictionLogWriter>.Instance);
    }

    public string LogPath => _folder.PathOf("log.db");

    public ServingMetrics Metrics { get; }

    public PredictionLogBuffer Queue { get; }

    public PredictionLogWriter Writer { get; }

    /// <summary>A writer over a new log, started.</summary>
    public static async Task<StartedLogWriter> StartAsync()
    {
        var started = new StartedLogWriter();
        await started.Writer.StartAsync(CancellationToken.None);
        return started;
    }

    /// <summary>The request ids of the rows in the log, in the order written.</summary>
    public IEnumerable<string> LoggedRequestIds() => LoggedRows.Sqlite(LogPath).Select(row => (string)row[3]!);

    public void Dispose()
    {
        Writer.Dispose();
        _folder.Dispose();
    }
}
