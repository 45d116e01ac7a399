using System.Threading.Channels;
using CiCd.Serving.Hosting;
using CiCd.Serving.Telemetry;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// The bounded hand-off between requests and the log writer: a request samples its rows and offers them without
/// waiting; when the queue is full the record is dropped and counted, so logging can never slow predictions down.
/// </summary>
public sealed class PredictionLogBuffer
{
    private readonly Channel<PredictionRecord> _channel;
    private readonly ServingMetrics _metrics;
    private readonly double _samplingRate;

    /// <summary>Creates the queue from the log options.</summary>
    public PredictionLogBuffer(IOptions<PredictionLogOptions> options, ServingMetrics metrics)
    {
        var settings = options.Value;
        Enabled = settings.Path.Length > 0 && settings.SamplingRate > 0;
        _samplingRate = settings.SamplingRate;
        _metrics = metrics;
        _channel = Channel.CreateBounded<PredictionRecord>(new BoundedChannelOptions(settings.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Whether anything is logged at all.</summary>
    public bool Enabled { get; }

    /// <summary>What the writer reads.</summary>
    public ChannelReader<PredictionRecord> Reader => _channel.Reader;

    /// <summary>Whether the next row is in the sample.</summary>
    public bool Sampled() => Enabled && (_samplingRate >= 1 || Random.Shared.NextDouble() < _samplingRate);

    /// <summary>Offers a record; never blocks. With the Wait mode, TryWrite fails instead of evicting, so every loss is counted.</summary>
    public void Offer(PredictionRecord record)
    {
        if (!_channel.Writer.TryWrite(record))
        {
            _metrics.LogDropped();
        }
    }

    /// <summary>No more records: lets the writer drain and stop.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
