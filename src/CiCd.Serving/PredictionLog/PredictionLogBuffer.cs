using System.Threading.Channels;
using CiCd.Serving.Hosting;
using CiCd.Serving.Telemetry;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// The hand-off between requests and the log writer. The queue has room for what the writer commits in about half a
/// flush interval (it measures its own pace); a request waits while the queue is fuller than that, so an answered
/// prediction is committed within the flush interval and a killed process loses no more. A request that found no
/// room within the wait (a stalled disk) is not logged: its sampled rows are counted as dropped, all of them.
/// </summary>
public sealed class PredictionLogBuffer
{
    // Until the writer has measured its pace, the room is one batch chunk.
    private const int FirstRoom = 4096;

    private readonly Channel<PredictionRecord[]> _channel = Channel.CreateUnbounded<PredictionRecord[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly LogRoom _room;
    private readonly PredictionLogOptions _settings;
    private readonly TimeSpan _wait;
    private readonly ServingMetrics _metrics;
    private readonly LogAdmission _admitted;
    private readonly LogAdmission _refused;
    private double _rowsPerSecond;

    /// <summary>Creates the queue from the log options.</summary>
    public PredictionLogBuffer(IOptions<PredictionLogOptions> options, ServingMetrics metrics)
    {
        _settings = options.Value;
        Enabled = _settings.Location.Length > 0 && _settings.SamplingRate > 0;
        _wait = TimeSpan.FromMilliseconds(_settings.QueueWaitMilliseconds);
        _room = new LogRoom(Math.Min(FirstRoom, _settings.QueueCapacity));
        _metrics = metrics;
        // An admission holds no state of its request: two serve them all.
        _admitted = new LogAdmission(this, admitted: true);
        _refused = new LogAdmission(this, admitted: false);
    }

    /// <summary>Whether anything is logged at all.</summary>
    public bool Enabled { get; }

    /// <summary>What the writer reads: the sampled records of one request's chunk each.</summary>
    public ChannelReader<PredictionRecord[]> Reader => _channel.Reader;

    /// <summary>Records queued and not yet written.</summary>
    public long Pending => _room.Pending;

    /// <summary>Decides whether a request is logged, waiting (at most the configured time) while the queue is over its room.</summary>
    public async ValueTask<LogAdmission> AdmitAsync(CancellationToken cancel) =>
        !Enabled ? LogAdmission.Off : await _room.WaitForRequestAsync(_wait, cancel) ? _admitted : _refused;

    /// <summary>Whether the next row is in the sample.</summary>
    public bool Sampled() => _settings.SamplingRate >= 1 || Random.Shared.NextDouble() < _settings.SamplingRate;

    /// <summary>Queues admitted records; after shutdown began they are counted as dropped.</summary>
    public void Offer(PredictionRecord[] records)
    {
        _room.Add(records.Length);
        if (!_channel.Writer.TryWrite(records))
        {
            Drop(records.Length);
            _room.Release(records.Length);
        }
    }

    /// <summary>Waits while the queue is over half its room, at most the configured time (an admitted batch then goes on regardless).</summary>
    public async ValueTask PaceAsync(CancellationToken cancel) => await _room.WaitForChunkAsync(_wait, cancel);

    /// <summary>Counts records that will not be logged.</summary>
    public void Drop(int records) => _metrics.LogDropped(records);

    /// <summary>
    /// The writer is done with <paramref name="records"/> records (written or failed) after <paramref name="elapsed"/>
    /// of work: frees their room and sizes the room to what it commits in half a flush interval at that pace.
    /// </summary>
    public void Written(int records, TimeSpan elapsed)
    {
        if (records > 0 && elapsed > TimeSpan.Zero)
        {
            var pace = records / elapsed.TotalSeconds;
            // Smoothed, so one slow commit (a checkpoint) does not shut the door on everyone.
            _rowsPerSecond = _rowsPerSecond == 0 ? pace : (0.7 * _rowsPerSecond) + (0.3 * pace);
            var room = _rowsPerSecond * _settings.FlushIntervalMilliseconds / 2000.0;
            _room.Resize((long)Math.Clamp(room, 1, _settings.QueueCapacity));
        }
        _room.Release(records);
    }

    /// <summary>No more records: lets the writer drain and stop.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
