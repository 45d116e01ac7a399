using System.Collections.Concurrent;

namespace CiCd.Serving.Telemetry;

/// <summary>
/// Requests since start by route and status, with latency quantiles per route: the in-memory aggregate the dashboard
/// shows. Routes are route patterns (never raw paths), so a scan of random URLs adds one "unmatched" row, not thousands.
/// </summary>
public sealed class RequestStats
{
    /// <summary>The route label of requests no endpoint matched.</summary>
    public const string Unmatched = "unmatched";

    private readonly ConcurrentDictionary<(string Route, int Status), StrongBox> _counts = new();
    private readonly ConcurrentDictionary<string, LatencyHistogram> _latencies = new(StringComparer.Ordinal);
    private readonly LatencyHistogram _scoring = new();
    private long _total;

    /// <summary>When counting started (the service's start).</summary>
    public DateTimeOffset StartedUtc { get; } = DateTimeOffset.UtcNow;

    /// <summary>Requests recorded, all routes and statuses.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>The route label of latency over every scoring route together.</summary>
    public const string Predictions = "predictions";

    /// <summary>Records one finished request; <paramref name="scoring"/> when the route predicts.</summary>
    public void Record(string route, int status, double seconds, bool scoring)
    {
        Interlocked.Increment(ref _counts.GetOrAdd((route, status), _ => new StrongBox()).Value);
        _latencies.GetOrAdd(route, _ => new LatencyHistogram()).Record(seconds);
        Interlocked.Increment(ref _total);
        if (scoring)
        {
            _scoring.Record(seconds);
        }
    }

    /// <summary>Counts by route, then status.</summary>
    public IReadOnlyList<RouteCount> Counts() =>
        [.. _counts.Select(p => new RouteCount(p.Key.Route, p.Key.Status, Interlocked.Read(ref p.Value.Value)))
            .OrderBy(c => c.Route, StringComparer.Ordinal).ThenBy(c => c.Status)];

    /// <summary>
    /// Latency per route, after the latency of all scoring routes together under <see cref="Predictions"/>: the figure an
    /// operator watches, undiluted by probes and unswayed by the dashboard drawing its own charts.
    /// </summary>
    public IReadOnlyList<RouteLatency> Latencies() =>
        [.. _latencies.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Latency(p.Key, p.Value)).Prepend(Latency(Predictions, _scoring))];

    // Microseconds are the histogram's resolution at best; more digits would only be noise.
    private static RouteLatency Latency(string route, LatencyHistogram histogram) =>
        new(route, histogram.Count, Round(histogram.Milliseconds(0.5)), Round(histogram.Milliseconds(0.99)));

    private static double? Round(double? ms) => ms is { } value ? Math.Round(value, 3) : null;

    private sealed class StrongBox
    {
        public long Value;
    }
}
